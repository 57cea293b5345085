import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationEvent } from "@/lib/domain/diagnosis";
import { isInboxActivity, isKnownCause, isOutcome, isStep } from "./stored-values";

/** The diagnosis and the summary look back a week. */
export const RECENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A user rarely has more than a few hundred notifications a week; this bound keeps one runaway
 * device from making the page slow. The summary then rests on the newest events and says so.
 */
export const RECENT_EVENTS_CAP = 5_000;

export type RecentEvents = { events: NotificationEvent[]; capped: boolean };

/** The user's events of the week before `now`, newest first, without the per-step timings. */
export async function loadRecentEvents(userId: string, now: Date): Promise<RecentEvents> {
  const rows = await db().notificationEvent.findMany({
    where: { userId, occurredAt: { gt: new Date(now.getTime() - RECENT_WINDOW_MS), lte: now } },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: RECENT_EVENTS_CAP + 1,
    select: { id: true, deviceId: true, occurredAt: true, outcome: true, cause: true, failedStep: true, badgeCount: true, delayMs: true, activity: true },
  });
  const events = rows.slice(0, RECENT_EVENTS_CAP).flatMap((row): NotificationEvent[] =>
    isOutcome(row.outcome)
      ? [
          {
            id: row.id,
            deviceId: row.deviceId,
            occurredAt: row.occurredAt.toISOString(),
            outcome: row.outcome,
            cause: isKnownCause(row.cause) ? row.cause : null,
            failedStep: isStep(row.failedStep) ? row.failedStep : null,
            badgeCount: row.badgeCount,
            delayMs: row.delayMs,
            activity: isInboxActivity(row.activity) ? row.activity : null,
          },
        ]
      : [],
  );
  return { events, capped: rows.length > RECENT_EVENTS_CAP };
}
