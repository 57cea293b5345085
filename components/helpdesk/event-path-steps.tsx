import clsx from "clsx";
import type { PathStepStatus, PathStepView } from "@/lib/helpdesk/views";
import { formatDuration } from "./format";

const STATUS_TEXT: Record<PathStepStatus, string> = {
  ok: "passed",
  failed: "failed here",
  not_reached: "not reached",
  not_reported: "not reported",
  fallback: "showed the fallback text instead",
};

const MARK: Record<PathStepStatus, string> = { ok: "✓", failed: "✕", not_reached: "·", not_reported: "?", fallback: "!" };

/** The notification's path step by step, with timings, the failing step highlighted; nothing for a path-less (sync) event. */
export function EventPathSteps({ path }: { path: readonly PathStepView[] }) {
  if (path.length === 0) return null;
  return (
    <ol className="space-y-1" aria-label="Path of this notification">
      {path.map((step) => (
        <li
          key={step.step}
          data-step={step.step}
          data-status={step.status}
          aria-current={step.status === "failed" ? "step" : undefined}
          className={clsx(
            "flex items-center gap-3 rounded px-2 py-1 text-sm",
            step.status === "failed" && "bg-red-100 font-semibold text-red-900 dark:bg-red-950/60 dark:text-red-200",
            step.status === "fallback" && "bg-amber-50 dark:bg-amber-950/40",
            (step.status === "not_reached" || step.status === "not_reported") && "text-slate-600 dark:text-slate-400",
          )}
        >
          <span aria-hidden className="w-4 text-center">{MARK[step.status]}</span>
          <span className="flex-1">{step.label}</span>
          <span className="text-xs">{STATUS_TEXT[step.status]}</span>
          <span className="w-16 text-right text-xs tabular-nums">{formatDuration(step.durationMs)}</span>
        </li>
      ))}
    </ol>
  );
}
