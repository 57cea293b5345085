"use client";

import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { formatDateTime } from "@/lib/format/time";
import type { ProbeCertificate, ProbeRunView } from "@/lib/probe-runs/views";
import { TARGET_TITLES } from "@/lib/probes/cause-mapping";
import { targetsFromResult } from "./probe-progress";
import { TargetCard } from "./target-card";
import { useProbeHistory } from "./use-probe-history";

export function runStatusOf(run: ProbeRunView): { tone: Tone; label: string } {
  if (run.status === "running") return { tone: "sky", label: "Running" };
  if (run.status === "unfinished") return { tone: "amber", label: "Did not finish" };
  return run.ok ? { tone: "green", label: "All reachable" } : { tone: "red", label: "Problems found" };
}

/** One certificate's days to expiry as the run saw it; compared across runs it shows the trend. */
export function certificateLine(certificate: ProbeCertificate): string {
  const where = `${TARGET_TITLES[certificate.kind]} ${certificate.host}:${certificate.port}`;
  const days = certificate.daysToExpiry;
  return days < 0 ? `${where}: certificate expired ${-days} days ago` : `${where}: certificate expires in ${days} days`;
}

function HistoryItem({ run }: { run: ProbeRunView }) {
  const status = runStatusOf(run);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <time dateTime={run.startedAt} className="font-medium">
          {formatDateTime(run.startedAt, { seconds: true })}
        </time>
        <span className="text-slate-600 dark:text-slate-400">
          {run.trigger === "scheduled" ? "scheduled check" : `by ${run.actorEmail ?? "unknown"}`}
        </span>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="mt-1 text-sm break-words">{run.summary}</p>
      {run.certificates.length > 0 ? (
        <ul aria-label="Certificates" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {run.certificates.map((certificate, index) => (
            <li key={index}>{certificateLine(certificate)}</li>
          ))}
        </ul>
      ) : null}
      {run.result ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm text-sky-800 dark:text-sky-300">Show the steps</summary>
          <ul aria-label={`Results of the test at ${new Date(run.startedAt).toLocaleString()}`} className="mt-2 space-y-3">
            {targetsFromResult(run.result).map((entry, index) => (
              <TargetCard key={index} entry={entry} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** The group's latest tests, newest first (manual and scheduled), with who ran them and the certificates' days to expiry. */
export function ProbeHistory({ groupId }: { groupId: string }) {
  const history = useProbeHistory(groupId);
  return (
    <section aria-labelledby="probe-history-heading" className="space-y-2">
      <h3 id="probe-history-heading" className="font-semibold">Last tests</h3>
      {history.isPending ? <p className="text-sm text-slate-600 dark:text-slate-400">Loading the last tests…</p> : null}
      {history.isError ? <ErrorNote error={history.error} title="Could not load the last tests" /> : null}
      {history.data && history.data.runs.length === 0 ? (
        <EmptyState title="No connectivity tests yet">Results appear here with their time and who ran them.</EmptyState>
      ) : null}
      {history.data && history.data.runs.length > 0 ? (
        <ul aria-label="Last connectivity tests" className="divide-y divide-slate-200 dark:divide-slate-800">
          {history.data.runs.map((run) => (
            <HistoryItem key={run.id} run={run} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
