"use client";

import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { formatDateTime } from "@/lib/format/time";
import type { ProbeScheduleView } from "@/lib/probe-schedule/contract";
import type { ProbeRunView } from "@/lib/probe-runs/views";
import { TARGET_TITLES } from "@/lib/probes/cause-mapping";
import { certificateLine, runStatusOf } from "./probe-history";
import { targetsFromResult } from "./probe-progress";
import { certificateTrend, nextCheck } from "./scheduled-checks";
import { TargetCard } from "./target-card";
import { useScheduledRuns } from "./use-probe-schedule";

/** When the next scheduled check is due, in words; the tick runs every 5 minutes and takes due groups in turn. */
export function nextCheckText(schedule: ProbeScheduleView | undefined, now: Date): string {
  if (!schedule) return "";
  const next = nextCheck(schedule, now);
  if (next.kind === "off") return "Scheduled checks are off for this group.";
  if (next.kind === "soon") return "The next scheduled check is due now; checks start every 5 minutes.";
  return `The next scheduled check is due at ${formatDateTime(next.at)}.`;
}

/** Shaped like the panel: a heading line, the run's line, a host card and a few history rows. */
function LastScheduledCheckSkeleton() {
  return (
    <div role="status" aria-label="Loading the last scheduled check" data-skeleton className="animate-pulse space-y-3">
      <div className="h-5 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="flex gap-2">
        <div className="h-4 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-20 rounded-full bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="h-24 rounded-lg border border-slate-200 dark:border-slate-800" />
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className="h-4 w-full rounded bg-slate-200 dark:bg-slate-800" />
      ))}
    </div>
  );
}

function LatestRun({ run }: { run: ProbeRunView }) {
  const status = runStatusOf(run);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span>
          Ran at{" "}
          <time dateTime={run.startedAt} className="font-medium">
            {formatDateTime(run.startedAt, { seconds: true })}
          </time>
        </span>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="text-sm break-words">{run.summary}</p>
      {run.certificates.length > 0 ? (
        <ul aria-label="Certificates at the last scheduled check" className="text-sm text-slate-600 dark:text-slate-400">
          {run.certificates.map((certificate, index) => (
            <li key={index}>{certificateLine(certificate)}</li>
          ))}
        </ul>
      ) : null}
      {run.result ? (
        <ul aria-label="Results of the last scheduled check" className="space-y-3">
          {targetsFromResult(run.result).map((entry, index) => (
            <TargetCard key={index} entry={entry} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The recent scheduled runs, newest first, with each certificate's days to expiry as the run saw it. */
function ScheduledHistory({ runs }: { runs: ProbeRunView[] }) {
  const trend = certificateTrend(runs);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium">Recent scheduled checks and days to certificate expiry</caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">When</th>
            <th scope="col" className="py-1 pr-3 font-medium">Outcome</th>
            {trend.columns.map((column) => (
              <th key={column.key} scope="col" className="py-1 pr-3 font-medium">
                {TARGET_TITLES[column.kind]} <span className="font-normal break-all">{`${column.host}:${column.port}`}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {trend.rows.map(({ run, days }) => (
            <tr key={run.id}>
              <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                <time dateTime={run.startedAt}>{formatDateTime(run.startedAt, { year: false })}</time>
              </th>
              <td className="py-1 pr-3 whitespace-nowrap">{runStatusOf(run).label}</td>
              {days.map((value, index) => (
                <td key={trend.columns[index]!.key} className="py-1 pr-3 tabular-nums">
                  {value === null ? <span aria-label="no certificate">—</span> : value < 0 ? `expired ${-value} d ago` : `${value} d`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The group's last scheduled check step by step, then its recent scheduled checks; `now` decides when the next is due. */
export function LastScheduledCheck({ groupId, schedule, now }: { groupId: string; schedule: ProbeScheduleView | undefined; now: Date }) {
  const runs = useScheduledRuns(groupId);
  const due = nextCheckText(schedule, now);
  if (runs.isPending) return <LastScheduledCheckSkeleton />;
  if (runs.isError) return <ErrorNote error={runs.error} title="Could not load the scheduled checks" />;
  const [latest] = runs.data.runs;
  return (
    <section aria-labelledby={`${groupId}-last-scheduled`} className="space-y-3" data-testid="last-scheduled-check">
      <h3 id={`${groupId}-last-scheduled`} className="font-semibold">Last scheduled check</h3>
      {latest ? (
        <>
          {due ? <p className="text-sm text-slate-600 dark:text-slate-400">{due}</p> : null}
          <LatestRun run={latest} />
          <ScheduledHistory runs={runs.data.runs} />
        </>
      ) : (
        <EmptyState title="No scheduled check yet">{due || "The schedule is loading."}</EmptyState>
      )}
    </section>
  );
}
