import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { DAY_MS, parseTime, toIso, WEEK_MS } from "./time";
import type { CauseCount, EventSummary, NotificationEvent, WindowSummary } from "./types";

export function isKnownCause(cause: unknown): cause is CauseCode {
  return typeof cause === "string" && Object.hasOwn(CAUSES, cause);
}

/** An event with its time parsed once; events with an unreadable time are left out. */
export type TimedEvent = { event: NotificationEvent; at: number };

export function timedEvents(events: readonly NotificationEvent[]): TimedEvent[] {
  const timed: TimedEvent[] = [];
  for (const event of events) {
    const at = parseTime(event?.occurredAt);
    if (at !== null) timed.push({ event, at });
  }
  return timed;
}

/** Events in [now - span, now]; later ones (device clock ahead) are not "recent", they are wrong. */
export function eventsWithin(timed: readonly TimedEvent[], nowMs: number | null, spanMs: number): TimedEvent[] {
  if (nowMs === null) return [];
  return timed.filter(({ at }) => at <= nowMs && at >= nowMs - spanMs);
}

function summarizeWindow(
  timed: readonly TimedEvent[],
  nowMs: number | null,
  now: string,
  window: WindowSummary["window"],
): WindowSummary {
  const spanMs = window === "24h" ? DAY_MS : WEEK_MS;
  const summary: WindowSummary = {
    window,
    from: nowMs === null ? now : toIso(nowMs - spanMs),
    to: nowMs === null ? now : toIso(nowMs),
    total: 0,
    rich: 0,
    sync: 0,
    generic: 0,
    failure: 0,
    withoutCause: 0,
    causes: [],
    lastRichAt: null,
    lastSyncAt: null,
  };
  const byCause = new Map<CauseCode, { count: number; first: number; last: number }>();
  let lastRich: number | null = null;
  let lastSync: number | null = null;

  for (const { event, at } of eventsWithin(timed, nowMs, spanMs)) {
    summary.total += 1;
    if (event.outcome === "rich") {
      summary.rich += 1;
      if (lastRich === null || at > lastRich) lastRich = at;
      continue;
    }
    // A sync notification has no cause: it is how mail arrives without rich push, not a fault.
    if (event.outcome === "sync") {
      summary.sync += 1;
      if (lastSync === null || at > lastSync) lastSync = at;
      continue;
    }
    if (event.outcome === "generic") summary.generic += 1;
    else summary.failure += 1;
    if (!isKnownCause(event.cause)) {
      summary.withoutCause += 1;
      continue;
    }
    const seen = byCause.get(event.cause);
    if (seen) {
      seen.count += 1;
      seen.first = Math.min(seen.first, at);
      seen.last = Math.max(seen.last, at);
    } else {
      byCause.set(event.cause, { count: 1, first: at, last: at });
    }
  }

  summary.lastRichAt = lastRich === null ? null : toIso(lastRich);
  summary.lastSyncAt = lastSync === null ? null : toIso(lastSync);
  summary.causes = [...byCause.entries()]
    .map(([cause, seen]): CauseCount & { last: number } => ({
      cause,
      outcome: CAUSES[cause].outcome,
      count: seen.count,
      firstSeen: toIso(seen.first),
      lastSeen: toIso(seen.last),
      last: seen.last,
    }))
    // Most frequent first; among equals the most recent, then by code for a stable order.
    .sort((a, b) => b.count - a.count || b.last - a.last || a.cause.localeCompare(b.cause))
    .map(({ last: _last, ...count }) => count);
  return summary;
}

/** Counts for the last 24 hours and 7 days, per outcome and per cause, plus the last badge count. */
export function summarizeEvents(events: readonly NotificationEvent[], now: string): EventSummary {
  const nowMs = parseTime(now);
  const timed = timedEvents(events);
  const past = nowMs === null ? [] : timed.filter(({ at }) => at <= nowMs);

  let lastEvent: TimedEvent | null = null;
  let lastBadge: TimedEvent | null = null;
  for (const entry of past) {
    if (!lastEvent || entry.at > lastEvent.at) lastEvent = entry;
    const badge = entry.event.badgeCount;
    if (typeof badge === "number" && Number.isFinite(badge) && (!lastBadge || entry.at > lastBadge.at)) lastBadge = entry;
  }

  return {
    last24h: summarizeWindow(timed, nowMs, now, "24h"),
    last7d: summarizeWindow(timed, nowMs, now, "7d"),
    lastBadgeCount: lastBadge?.event.badgeCount ?? null,
    lastBadgeAt: lastBadge ? toIso(lastBadge.at) : null,
    lastEventAt: lastEvent ? toIso(lastEvent.at) : null,
  };
}
