import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationEvent } from "@/lib/domain/diagnosis";
import { RECENT_EVENT_COLUMNS, RECENT_EVENTS_CAP, RECENT_WINDOW_MS, toNotificationEvent } from "./recent-events";

export { RECENT_EVENTS_CAP, RECENT_WINDOW_MS } from "./recent-events";

export type RecentEvents = { events: NotificationEvent[]; capped: boolean };

/** The user's events of the week before `now`, newest first, without the per-step timings. */
export async function loadRecentEvents(userId: string, now: Date): Promise<RecentEvents> {
  const rows = await db().notificationEvent.findMany({
    where: { userId, occurredAt: { gt: new Date(now.getTime() - RECENT_WINDOW_MS), lte: now } },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: RECENT_EVENTS_CAP + 1,
    select: RECENT_EVENT_COLUMNS,
  });
  const events = rows.slice(0, RECENT_EVENTS_CAP).flatMap((row) => toNotificationEvent(row) ?? []);
  return { events, capped: rows.length > RECENT_EVENTS_CAP };
}
