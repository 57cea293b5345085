import { z } from "zod";
import { failedStepOf, STEP_LABELS, STEPS, type CauseCode, type Outcome, type Step } from "@/lib/domain/outcomes";
import { stepTimingSchema, type StepTiming } from "@/lib/telemetry/schemas";
import type { PathStepView } from "./views";

const storedStepsSchema = z.array(stepTimingSchema);

/** The stored per-step timings, or none when the column is empty or not in the expected shape. */
export function readStepTimings(stored: unknown): StepTiming[] {
  const parsed = storedStepsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

type PathEvent = { outcome: Outcome; cause: CauseCode | null; failedStep: Step | null; steps: unknown };

/**
 * Every step of the notification's path in order (push → container → gateway → Exchange → EWS →
 * shown) with what the device reported. The failing step is the reported one, else the cause's
 * only step (older app versions report no step; channel_failed names none without it, since it
 * can be the gateway or EWS); steps after it were not reached, and the last step showed the
 * fallback text ("You have new mail" or the failure message) instead of the mail.
 * A sync notification has no path: nothing is fetched on push without rich push.
 */
export function eventPath(event: PathEvent): PathStepView[] {
  if (event.outcome === "sync") return [];
  const timings = new Map(readStepTimings(event.steps).map((timing) => [timing.step, timing]));
  const failing = event.outcome === "rich" ? null : failedStepOf(event.cause, event.failedStep);
  const failingIndex = failing ? STEPS.indexOf(failing) : -1;

  return STEPS.map((step, index) => {
    const timing = timings.get(step);
    const view = { step, label: STEP_LABELS[step], durationMs: timing?.durationMs ?? null };
    if (step === failing) return { ...view, status: "failed" };
    if (step === "shown" && event.outcome !== "rich") return { ...view, status: "fallback" };
    if (timing) return { ...view, status: timing.ok ? "ok" : "failed" };
    if (failingIndex >= 0 && index > failingIndex) return { ...view, status: "not_reached" };
    return { ...view, status: "not_reported" };
  });
}
