import { eventsWithin, timedEvents, type TimedEvent } from "@/lib/domain/diagnosis/event-summary";
import { DAY_MS, parseTime, WEEK_MS } from "@/lib/domain/diagnosis/time";
import type { NotificationEvent } from "@/lib/domain/diagnosis";
import { isRichPathOutcome } from "@/lib/domain/outcomes";
import type { DeliverySummaryView, SyncDelayView } from "./views";

/** The middle value (the mean of the two middle ones for an even count), rounded to the millisecond. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function syncDelay(timed: readonly TimedEvent[], nowMs: number | null, spanMs: number): SyncDelayView {
  const syncs = eventsWithin(timed, nowMs, spanMs).filter(({ event }) => event.outcome === "sync");
  const delays = syncs.flatMap(({ event }) => (typeof event.delayMs === "number" && Number.isFinite(event.delayMs) ? [event.delayMs] : []));
  return { syncs: syncs.length, withDelay: delays.length, medianDelayMs: median(delays) };
}

/**
 * What the counts of the event summary leave out for the delivery mode without rich push: the
 * typical delay of sync notifications (mail arrival → shown) over the same 24-hour and 7-day
 * windows, and which mode the last badge count was reported in, since the badge means something
 * else in each (DESIGN.md §2.3). The last badge is picked as summarizeEvents picks it.
 */
export function summarizeDelivery(events: readonly NotificationEvent[], now: string): DeliverySummaryView {
  const nowMs = parseTime(now);
  const timed = timedEvents(events);
  let lastBadge: TimedEvent | null = null;
  for (const entry of timed) {
    if (nowMs === null || entry.at > nowMs) continue;
    const badge = entry.event.badgeCount;
    if (typeof badge === "number" && Number.isFinite(badge) && (!lastBadge || entry.at > lastBadge.at)) lastBadge = entry;
  }
  return {
    syncDelay: { last24h: syncDelay(timed, nowMs, DAY_MS), last7d: syncDelay(timed, nowMs, WEEK_MS) },
    lastBadgeMode: lastBadge ? (isRichPathOutcome(lastBadge.event.outcome) ? "rich_push" : "sync") : null,
  };
}
