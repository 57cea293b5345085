import { STEP_TITLES, TARGET_TITLES } from "@/lib/probes/cause-mapping";
import type { ProbeRunView, ProbeStreamEvent, StoredProbeResult } from "@/lib/probe-runs/views";
import type { ProbeStep, ProbeStepName, ProbeTarget, TargetResult } from "@/lib/probes/types";

/** Pure: folds the NDJSON events of a run into what the panel shows, step by step. */

/** A step that has started; `step` is set once it has finished. */
export type LiveStep = { name: ProbeStepName; step: ProbeStep | null };
export type LiveTarget = { target: ProbeTarget; steps: LiveStep[]; result: TargetResult | null };

export type ProbeProgress = {
  runId: string | null;
  budgetMs: number | null;
  targets: LiveTarget[];
  run: ProbeRunView | null;
  error: { code: string; message: string } | null;
  /** The latest news, for the screen reader's live region. */
  announcement: string;
};

export const EMPTY_PROGRESS: ProbeProgress = { runId: null, budgetMs: null, targets: [], run: null, error: null, announcement: "" };

export function targetTitle(target: ProbeTarget): string {
  return TARGET_TITLES[target.kind];
}

export function targetsFromResult(result: StoredProbeResult): LiveTarget[] {
  return result.results.map((entry) => ({
    target: entry.target,
    steps: entry.steps.map((step) => ({ name: step.name, step })),
    result: entry,
  }));
}

function updateTarget(progress: ProbeProgress, index: number, change: (target: LiveTarget) => LiveTarget): LiveTarget[] {
  return progress.targets.map((target, at) => (at === index ? change(target) : target));
}

function withStep(steps: LiveStep[], next: LiveStep): LiveStep[] {
  const at = steps.findIndex((entry) => entry.name === next.name);
  return at === -1 ? [...steps, next] : steps.map((entry, i) => (i === at ? next : entry));
}

export function applyProbeEvent(progress: ProbeProgress, event: ProbeStreamEvent): ProbeProgress {
  switch (event.type) {
    case "run_started":
      return {
        ...EMPTY_PROGRESS,
        runId: event.runId,
        budgetMs: event.budgetMs,
        targets: event.targets.map((target) => ({ target, steps: [], result: null })),
        announcement: `Testing ${event.targets.length} ${event.targets.length === 1 ? "host" : "hosts"}`,
      };
    case "step_started":
      return {
        ...progress,
        targets: updateTarget(progress, event.targetIndex, (t) => ({ ...t, steps: withStep(t.steps, { name: event.step, step: null }) })),
      };
    case "step_finished":
      return {
        ...progress,
        targets: updateTarget(progress, event.targetIndex, (t) => ({ ...t, steps: withStep(t.steps, { name: event.step.name, step: event.step }) })),
        announcement: `${targetTitle(event.target)}: ${STEP_TITLES[event.step.name]} ${event.step.status}`,
      };
    case "target_finished":
      return {
        ...progress,
        targets: updateTarget(progress, event.targetIndex, (t) => ({
          ...t,
          steps: event.result.steps.map((step) => ({ name: step.name, step })),
          result: event.result,
        })),
        announcement: `${targetTitle(event.result.target)}: ${event.result.ok ? "reachable" : (event.result.cause ?? "failed")}`,
      };
    case "run_finished":
      return { ...progress, run: event.run, announcement: `Test finished. ${event.run.summary}` };
    case "error":
      return { ...progress, error: event.error, announcement: `The test stopped: ${event.error.message}` };
    default:
      return progress;
  }
}

/** Steps finished so far, over all targets: the running count the status line shows. */
export function finishedStepCount(progress: ProbeProgress): number {
  return progress.targets.reduce((sum, target) => sum + target.steps.filter((entry) => entry.step).length, 0);
}
