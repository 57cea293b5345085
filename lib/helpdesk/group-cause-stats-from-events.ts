import type { GroupCauseStat, GroupCauseStats } from "@/lib/domain/diagnosis";
import { isKnownCause } from "./stored-values";

/** The window the diagnosis looks at the group in: a burst is a matter of hours. */
export const GROUP_WINDOW_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

/** What the statistics read of one stored event of the group. */
export type GroupStatsEvent = { userId: string; occurredAtMs: number; outcome: string; cause: string | null | undefined };

/**
 * The group's cause statistics computed in memory from its events, exactly as groupCauseStats
 * (group-cause-stats.ts) computes them in SQL: the window is (now - window, now]; per known cause
 * the notifications, the distinct users, the first and last time seen, and the group's rich-path
 * notifications from the minute of its first occurrence to its last; all rich-path notifications in
 * the window as the total (sync ones left out); causes by count, then by code. For benchmarks and
 * tests without a database.
 */
export function groupCauseStatsFromEvents(events: Iterable<GroupStatsEvent>, now: Date, windowMs = GROUP_WINDOW_MS): GroupCauseStats {
  const toMs = now.getTime();
  const fromMs = toMs - windowMs;
  const perMinute = new Map<number, number>();
  const byCause = new Map<string, { count: number; users: Set<string>; first: number; last: number }>();
  for (const event of events) {
    if (!(event.occurredAtMs > fromMs && event.occurredAtMs <= toMs)) continue;
    if (event.outcome !== "sync") {
      const minute = Math.floor(event.occurredAtMs / MINUTE_MS) * MINUTE_MS;
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    }
    if (event.cause == null) continue;
    const seen = byCause.get(event.cause);
    if (!seen) {
      byCause.set(event.cause, { count: 1, users: new Set([event.userId]), first: event.occurredAtMs, last: event.occurredAtMs });
      continue;
    }
    seen.count += 1;
    seen.users.add(event.userId);
    if (event.occurredAtMs < seen.first) seen.first = event.occurredAtMs;
    if (event.occurredAtMs > seen.last) seen.last = event.occurredAtMs;
  }
  const between = (firstMs: number, lastMs: number) => {
    const fromMinute = Math.floor(firstMs / MINUTE_MS) * MINUTE_MS;
    let sum = 0;
    for (const [minute, count] of perMinute) if (minute >= fromMinute && minute <= lastMs) sum += count;
    return sum;
  };
  let groupTotal = 0;
  for (const count of perMinute.values()) groupTotal += count;

  const causes: GroupCauseStat[] = [];
  for (const [cause, seen] of byCause) {
    if (!isKnownCause(cause)) continue;
    causes.push({
      cause,
      count: seen.count,
      affectedUsers: seen.users.size,
      firstSeen: new Date(seen.first).toISOString(),
      lastSeen: new Date(seen.last).toISOString(),
      totalSinceFirstSeen: between(seen.first, seen.last),
    });
  }
  causes.sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
  return { causes, groupTotal };
}
