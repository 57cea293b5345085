import "server-only";
import { db } from "@/lib/db/client";
import type { GroupCauseStat, GroupCauseStats } from "@/lib/domain/diagnosis";
import { GROUP_WINDOW_MS } from "./group-cause-stats-from-events";
import { isKnownCause } from "./stored-values";

export { GROUP_WINDOW_MS } from "./group-cause-stats-from-events";

type Row = {
  groupTotal: number;
  cause: string | null;
  count: number | null;
  affectedUsers: number | null;
  firstSeen: Date | null;
  lastSeen: Date | null;
  totalSinceFirstSeen: number | null;
};

/**
 * Every cause in the group over the window before `now`, with how many notifications and users it
 * hit and when it was first and last seen, plus the group's rich-path notifications in the window
 * and, per cause, from its first to its last occurrence. The latter is the base of a burst's
 * share: two hours in which every notification failed are a burst, though a twelfth of the day.
 * Sync notifications (no rich push) are left out of both: a cause can only arise on the rich path,
 * and counting a group's syncs would hide a burst among the members without rich push.
 * One statement: the causes come from notification_event_group_cause_idx, counted per user first
 * (a hash, where count(DISTINCT) would sort a burst's hundred thousand rows); the totals from
 * per-minute counts (at most 1,440 rows) of all notifications, from the (groupId, occurredAt)
 * index, less the sync ones, from notification_event_group_sync_idx (both index-only), summed per
 * cause from the minute of its first occurrence. groupCauseStatsFromEvents is the same computation in memory.
 */
export async function groupCauseStats(groupId: string, now: Date, windowMs = GROUP_WINDOW_MS): Promise<GroupCauseStats> {
  const from = new Date(now.getTime() - windowMs);
  const rows = await db().$queryRaw<Row[]>`
    WITH per_user AS (
      SELECT cause, "userId", count(*) AS n, min("occurredAt") AS first_seen, max("occurredAt") AS last_seen
      FROM notification_event
      WHERE "groupId" = ${groupId}::uuid AND "occurredAt" > ${from} AND "occurredAt" <= ${now} AND cause IS NOT NULL
      GROUP BY cause, "userId"
    ), causes AS (
      SELECT cause, sum(n)::int AS count, count(*)::int AS "affectedUsers", min(first_seen) AS "firstSeen", max(last_seen) AS "lastSeen"
      FROM per_user GROUP BY cause
    ), all_minutes AS (
      SELECT date_trunc('minute', "occurredAt") AS minute, count(*)::int AS n FROM notification_event
      WHERE "groupId" = ${groupId}::uuid AND "occurredAt" > ${from} AND "occurredAt" <= ${now}
      GROUP BY 1
    ), sync_minutes AS (
      SELECT date_trunc('minute', "occurredAt") AS minute, count(*)::int AS n FROM notification_event
      WHERE "groupId" = ${groupId}::uuid AND "occurredAt" > ${from} AND "occurredAt" <= ${now} AND outcome = 'sync'
      GROUP BY 1
    ), minutes AS (
      SELECT minute, all_minutes.n - coalesce(sync_minutes.n, 0) AS n FROM all_minutes LEFT JOIN sync_minutes USING (minute)
    ), total AS (
      SELECT coalesce(sum(n), 0)::int AS "groupTotal" FROM minutes
    )
    SELECT total."groupTotal", causes.*,
      (SELECT coalesce(sum(n), 0)::int FROM minutes WHERE minute >= date_trunc('minute', causes."firstSeen") AND minute <= causes."lastSeen") AS "totalSinceFirstSeen"
    FROM total LEFT JOIN causes ON true`;

  const causes: GroupCauseStat[] = [];
  for (const row of rows) {
    if (!isKnownCause(row.cause) || !row.count || !row.affectedUsers || !row.firstSeen || !row.lastSeen) continue;
    causes.push({
      cause: row.cause,
      count: row.count,
      affectedUsers: row.affectedUsers,
      firstSeen: new Date(row.firstSeen).toISOString(),
      lastSeen: new Date(row.lastSeen).toISOString(),
      ...(row.totalSinceFirstSeen !== null ? { totalSinceFirstSeen: row.totalSinceFirstSeen } : {}),
    });
  }
  causes.sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
  return { causes, groupTotal: rows[0]?.groupTotal ?? 0 };
}
