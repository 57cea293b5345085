import "server-only";
import { db } from "@/lib/db/client";
import type { GroupCauseStat, GroupCauseStats } from "@/lib/domain/diagnosis";
import { GROUP_WINDOW_MS } from "./group-cause-stats-from-events";
import { isKnownCause } from "./stored-values";

export { GROUP_WINDOW_MS } from "./group-cause-stats-from-events";

type Row = { groupTotal: number; cause: string | null; count: number | null; affectedUsers: number | null; firstSeen: Date | null; lastSeen: Date | null };

/**
 * Every cause in the group over the window before `now`, with how many notifications and users it
 * hit and when it was first and last seen, plus all of the group's notifications in the window.
 * One statement: the causes come from notification_event_group_cause_idx, counted per user first
 * (a hash, where count(DISTINCT) would sort a burst's hundred thousand rows), the total from the
 * (groupId, occurredAt) index. groupCauseStatsFromEvents is the same computation in memory.
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
    ), total AS (
      SELECT count(*)::int AS "groupTotal" FROM notification_event
      WHERE "groupId" = ${groupId}::uuid AND "occurredAt" > ${from} AND "occurredAt" <= ${now}
    )
    SELECT total."groupTotal", causes.* FROM total LEFT JOIN causes ON true`;

  const causes: GroupCauseStat[] = [];
  for (const row of rows) {
    if (!isKnownCause(row.cause) || !row.count || !row.affectedUsers || !row.firstSeen || !row.lastSeen) continue;
    causes.push({
      cause: row.cause,
      count: row.count,
      affectedUsers: row.affectedUsers,
      firstSeen: new Date(row.firstSeen).toISOString(),
      lastSeen: new Date(row.lastSeen).toISOString(),
    });
  }
  causes.sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
  return { causes, groupTotal: rows[0]?.groupTotal ?? 0 };
}
