import { ProbeStepError, errorMessage } from "@/lib/probes/probe-step-error";
import type {
  FailureReason,
  ProbeListener,
  ProbeStep,
  ProbeStepName,
  ProbeTarget,
  StepData,
  StepTimeouts,
} from "@/lib/probes/types";

/** What a step function returns. A failed step may still hand on its value (a TLS socket with a bad certificate). */
export type StepOutcome<T> =
  | { status: "ok"; value: T; detail: string; data?: StepData }
  | { status: "failed" | "refused"; reason: FailureReason; detail: string; data?: StepData; value?: T };

/**
 * A step function: does its work, and on `signal` abort stops and releases what it opened
 * (the runner gives up waiting at that moment, so anything left open would leak).
 */
export type StepWork<T> = (signal: AbortSignal) => Promise<StepOutcome<T>>;

/** One target's run: its deadline, limits, recorded steps and event stream. */
export type TargetRun = {
  target: ProbeTarget;
  targetIndex: number;
  budgetMs: number;
  /** Epoch ms when the target's budget runs out. */
  deadline: number;
  timeouts: StepTimeouts;
  signal?: AbortSignal;
  emit: ProbeListener;
  steps: ProbeStep[];
};

class StepTimedOut extends Error {}
class RunCancelled extends Error {}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

function failureFrom(error: unknown): StepOutcome<never> {
  if (error instanceof StepTimedOut) return { status: "failed", reason: "timeout", detail: error.message };
  if (error instanceof RunCancelled) return { status: "failed", reason: "aborted", detail: error.message };
  if (error instanceof ProbeStepError) {
    return { status: "failed", reason: error.reason, detail: error.message, data: error.data };
  }
  return { status: "failed", reason: "internal_error", detail: `Unexpected error: ${errorMessage(error)}` };
}

function record(run: TargetRun, step: ProbeStep): ProbeStep {
  run.steps.push(step);
  run.emit({ type: "step_finished", targetIndex: run.targetIndex, target: run.target, step });
  return step;
}

/**
 * Runs one step under its own timeout, capped by what is left of the target's budget, and
 * streams its start and end. Never throws: every failure becomes a recorded step.
 */
export async function runStep<T>(
  run: TargetRun,
  name: ProbeStepName,
  work: StepWork<T>,
): Promise<{ step: ProbeStep; value?: T }> {
  run.emit({ type: "step_started", targetIndex: run.targetIndex, target: run.target, step: name });
  const started = performance.now();
  const left = run.deadline - Date.now();
  const limitMs = Math.min(run.timeouts[name], left);
  const timeoutText =
    limitMs === left ? `No answer within the ${run.budgetMs} ms budget` : `No answer within ${limitMs} ms`;

  let outcome: StepOutcome<T>;
  if (limitMs <= 0) {
    outcome = { status: "failed", reason: "timeout", detail: `The ${run.budgetMs} ms budget ran out before this step` };
  } else {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new StepTimedOut(timeoutText)), limitMs);
    const cancel = () => controller.abort(new RunCancelled("The test was cancelled"));
    if (run.signal?.aborted) cancel();
    run.signal?.addEventListener("abort", cancel, { once: true });
    try {
      outcome = await Promise.race([work(controller.signal), rejectOnAbort(controller.signal)]);
    } catch (error) {
      outcome = failureFrom(error);
    } finally {
      clearTimeout(timer);
      run.signal?.removeEventListener("abort", cancel);
    }
  }

  const step = record(run, {
    name,
    status: outcome.status,
    durationMs: Math.round(performance.now() - started),
    detail: outcome.detail,
    reason: outcome.status === "ok" ? null : outcome.reason,
    data: outcome.data ?? {},
  });
  return { step, value: outcome.value };
}

/** Records a step that did not run, with why. Skipped steps stream only a `step_finished` event. */
export function skipStep(run: TargetRun, name: ProbeStepName, detail: string): ProbeStep {
  return record(run, { name, status: "skipped", durationMs: 0, detail, reason: null, data: {} });
}
