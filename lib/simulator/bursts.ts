import { CAUSES, STEPS, type CauseCode, type Step } from "@/lib/domain/outcomes";
import { resultFor, type NotificationResult } from "./notification-outcome";

/**
 * An incident: for a while, every notification in one group that gets as far as the cause's step
 * fails there (an expired Exchange certificate, a broken gateway certificate). Only the rich path
 * has steps, so devices without rich push never see a burst.
 */
export type Burst = {
  group: string;
  cause: CauseCode;
  startsAt: Date;
  durationMinutes: number;
  /** For a cause with several steps (channel_failed): where it fails; see `burstStep`. */
  failedStep?: Step;
};

const HOUR_MS = 3_600_000;

/**
 * On the last day, in Sales (tunnelled through the gateway in the demo settings): a shorter gateway
 * TLS outage in the early hours, then two hours of Exchange TLS failures. Causes the simulator never
 * draws on its own, so each incident stands out from the everyday faults.
 */
export function defaultBursts(now: Date): Burst[] {
  return [
    { group: "Sales", cause: "exchange_tls_failed", startsAt: new Date(now.getTime() - 6 * HOUR_MS), durationMinutes: 120 },
    { group: "Sales", cause: "gateway_tls_failed", startsAt: new Date(now.getTime() - 11 * HOUR_MS), durationMinutes: 40 },
  ];
}

export function burstEndMs(burst: Burst): number {
  return burst.startsAt.getTime() + burst.durationMinutes * 60_000;
}

export function isDuring(burst: Burst, atMs: number): boolean {
  return atMs >= burst.startsAt.getTime() && atMs < burstEndMs(burst);
}

/** The step a burst fails at: the one it names, else its cause's first step the path has (no gateway without a tunnel). */
export function burstStep(burst: Burst, viaGateway: boolean): Step {
  if (burst.failedStep) return burst.failedStep;
  const steps = CAUSES[burst.cause].steps;
  return steps.find((step) => viaGateway || step !== "gateway_connect") ?? steps[0];
}

/**
 * A notification that already failed before the burst's step never reached it, so it keeps its own
 * cause; a path without a gateway never meets a gateway incident.
 */
export function applyBursts(result: NotificationResult, groupBursts: readonly Burst[], atMs: number, viaGateway: boolean): NotificationResult {
  for (const burst of groupBursts) {
    if (!isDuring(burst, atMs)) continue;
    const step = burstStep(burst, viaGateway);
    if (step === "gateway_connect" && !viaGateway) continue;
    const reached = result.failedStep === null || STEPS.indexOf(result.failedStep) >= STEPS.indexOf(step);
    if (reached) return resultFor(burst.cause, step);
  }
  return result;
}
