import { useId } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { isReachablePastCertificate } from "@/lib/probes/cause-mapping";
import type { LiveTarget } from "./probe-progress";
import { targetTitle } from "./probe-progress";
import { ProbeStepRow } from "./probe-step-row";
import { TargetVerdict } from "./target-verdict";

function statusOf(entry: LiveTarget): { tone: Tone; label: string } {
  if (!entry.result) return { tone: "sky", label: "Testing…" };
  if (entry.result.ok) {
    return isReachablePastCertificate(entry.result) ? { tone: "amber", label: "Reachable, fix the certificate" } : { tone: "green", label: "Reachable" };
  }
  return { tone: "red", label: entry.result.cause ? "Fails for users" : "Failed" };
}

/** One host of a run: its steps as they start and finish, then the verdict. Rendered inside a list. */
export function TargetCard({ entry }: { entry: LiveTarget }) {
  const { target } = entry;
  const title = targetTitle(target);
  const status = statusOf(entry);
  const headingId = useId();
  return (
    <li
      aria-labelledby={headingId}
      aria-busy={entry.result ? undefined : true}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="font-medium">
          {title} <code className="text-sm font-normal text-slate-600 dark:text-slate-400">{`${target.host}:${target.port}`}</code>
        </h4>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {target.tunnelTo ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Asks the gateway for a tunnel to {`${target.tunnelTo.host}:${target.tunnelTo.port}`}
        </p>
      ) : null}
      {entry.steps.length > 0 ? (
        <ol aria-label={`Steps for ${title}`} className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
          {entry.steps.map((step) => (
            <ProbeStepRow key={step.name} entry={step} />
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Waiting for the first step…</p>
      )}
      {entry.result ? (
        <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
          <TargetVerdict result={entry.result} />
        </div>
      ) : null}
    </li>
  );
}
