import type { NotificationEvent } from "@/lib/domain/diagnosis";
import { isInboxActivity, isKnownCause, isOutcome, isStep } from "./stored-values";

/**
 * Which of a user's stored events the diagnosis reads, and how a row becomes a NotificationEvent:
 * shared by loadRecentEvents and the in-memory benchmark, so both hand the diagnosis the same input.
 */

/** The diagnosis and the summary look back a week. */
export const RECENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A user rarely has more than a few hundred notifications a week; this bound keeps one runaway
 * device from making the page slow. The summary then rests on the newest events and says so.
 */
export const RECENT_EVENTS_CAP = 5_000;

/** The columns read (not the per-step timings). */
export const RECENT_EVENT_COLUMNS = { id: true, deviceId: true, occurredAt: true, outcome: true, cause: true, failedStep: true, badgeCount: true, delayMs: true, activity: true } as const;

export type RecentEventRow = {
  id: string;
  deviceId: string;
  occurredAt: Date;
  outcome: string;
  cause: string | null;
  failedStep: string | null;
  badgeCount: number | null;
  delayMs: number | null;
  activity: string | null;
};

/** The row as the diagnosis takes it; null for an outcome this version does not know. */
export function toNotificationEvent(row: RecentEventRow): NotificationEvent | null {
  if (!isOutcome(row.outcome)) return null;
  return {
    id: row.id,
    deviceId: row.deviceId,
    occurredAt: row.occurredAt.toISOString(),
    outcome: row.outcome,
    cause: isKnownCause(row.cause) ? row.cause : null,
    failedStep: isStep(row.failedStep) ? row.failedStep : null,
    badgeCount: row.badgeCount,
    delayMs: row.delayMs,
    activity: isInboxActivity(row.activity) ? row.activity : null,
  };
}

/** Newest first, as loadRecentEvents orders them: by time, then by id. */
export function newestFirst(a: RecentEventRow, b: RecentEventRow): number {
  return b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
