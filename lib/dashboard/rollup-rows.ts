import "server-only";
import { sqlPool } from "@/lib/db/client";

/**
 * The dashboard's reads, all from the rollups that triggers on notification_event keep (see the
 * migration event_rollups), never from the events themselves: each reads rows of whole UTC hours
 * in [from, to) by the tables' leading key. Plain pg rather than Prisma: a handful of aggregates
 * with no model to map to.
 */

/** The rollups' "no group": events of users without a group. */
export const NO_GROUP_ID = "00000000-0000-0000-0000-000000000000";

export type RollupTotalRow = { groupId: string; outcome: string; cause: string; count: number };

/** Notifications in the window per group × outcome × cause ('' for none). */
export async function rollupTotals(from: Date, to: Date): Promise<RollupTotalRow[]> {
  const { rows } = await sqlPool().query<RollupTotalRow>(
    `SELECT "groupId", outcome, cause, sum(count)::int AS count
     FROM event_hourly_rollup WHERE "hour" >= $1 AND "hour" < $2
     GROUP BY 1, 2, 3`,
    [from, to],
  );
  return rows;
}

export type RollupTrendRow = { bucket: Date; outcome: string; cause: string; count: number };

/** Notifications per bar of `bucketHours` hours (counted from `from`) × outcome × cause. */
export async function rollupTrend(from: Date, to: Date, bucketHours: number): Promise<RollupTrendRow[]> {
  const { rows } = await sqlPool().query<RollupTrendRow>(
    `SELECT date_bin(make_interval(hours => $3::int), "hour", $1::timestamptz) AS bucket, outcome, cause, sum(count)::int AS count
     FROM event_hourly_rollup WHERE "hour" >= $1 AND "hour" < $2
     GROUP BY 1, 2, 3`,
    [from, to, bucketHours],
  );
  return rows;
}

export type UserCountRow = {
  /** Which grouping the row is: per outcome, per outcome × cause, or per group. */
  kind: "outcome" | "cause" | "group";
  outcome: string | null;
  cause: string | null;
  groupId: string | null;
  /** Users with a notification of this outcome (and cause) in the window. */
  users: number;
  /** Per group: users with a "You have new mail" or failure message in the window. */
  affected: number;
};

/**
 * Distinct users per outcome, per outcome × cause, and per group (those with a fallback), from
 * each user's last hour per kind: a user had one in [from, to) exactly when that last hour is in
 * it, as long as `to` is the end of the current hour (no later hour has events yet).
 */
export async function rollupUserCounts(from: Date, to: Date): Promise<UserCountRow[]> {
  const { rows } = await sqlPool().query<UserCountRow>(
    `SELECT CASE grouping(outcome, cause, "groupId") WHEN 3 THEN 'outcome' WHEN 1 THEN 'cause' ELSE 'group' END AS kind,
       outcome, cause, "groupId",
       count(DISTINCT "userId")::int AS users,
       count(DISTINCT "userId") FILTER (WHERE outcome IN ('generic', 'failure'))::int AS affected
     FROM event_user_last_hour WHERE "lastHour" >= $1 AND "lastHour" < $2
     GROUP BY GROUPING SETS ((outcome), (outcome, cause), ("groupId"))`,
    [from, to],
  );
  return rows;
}

export type DelayBucketRow = { delayMs: number; count: number };

/** Notifications after sync in the window per reported delay (whole seconds under a minute, whole minutes above). */
export async function rollupSyncDelays(from: Date, to: Date): Promise<DelayBucketRow[]> {
  const { rows } = await sqlPool().query<DelayBucketRow>(
    `SELECT "delayMs", sum(count)::int AS count
     FROM sync_delay_hourly_rollup WHERE "hour" >= $1 AND "hour" < $2
     GROUP BY 1 ORDER BY 1`,
    [from, to],
  );
  return rows;
}
