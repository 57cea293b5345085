import { CAUSES, STEPS, type CauseCode } from "@/lib/domain/outcomes";
import { resultFor, type NotificationResult } from "./notification-outcome";

/**
 * An incident: for a while, every notification in one group that gets as far as the cause's step
 * fails there (an expired Exchange certificate, a broken gateway certificate).
 */
export type Burst = { group: string; cause: CauseCode; startsAt: Date; durationMinutes: number };

const HOUR_MS = 3_600_000;

/** On the last day: two hours of Exchange TLS failures in Sales, and a shorter gateway TLS outage in Engineering. */
export function defaultBursts(now: Date): Burst[] {
  return [
    { group: "Sales", cause: "exchange_tls_failed", startsAt: new Date(now.getTime() - 6 * HOUR_MS), durationMinutes: 120 },
    { group: "Engineering", cause: "gateway_tls_failed", startsAt: new Date(now.getTime() - 11 * HOUR_MS), durationMinutes: 40 },
  ];
}

export function isDuring(burst: Burst, atMs: number): boolean {
  const start = burst.startsAt.getTime();
  return atMs >= start && atMs < start + burst.durationMinutes * 60_000;
}

/** A notification that already failed before the burst's step never reached it, so it keeps its own cause. */
export function applyBursts(result: NotificationResult, groupBursts: readonly Burst[], atMs: number): NotificationResult {
  for (const burst of groupBursts) {
    if (!isDuring(burst, atMs)) continue;
    const reached = result.cause == null || stepIndex(result.cause) >= stepIndex(burst.cause);
    if (reached) return resultFor(burst.cause);
  }
  return result;
}

function stepIndex(cause: CauseCode): number {
  return STEPS.indexOf(CAUSES[cause].steps[0]);
}
