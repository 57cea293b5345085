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
  /** Which count the row is: users per outcome, per cause, or per group (those with a fallback). */
  kind: "outcome" | "cause" | "group";
  /** The outcome, cause or group id counted. */
  key: string;
  users: number;
};

/**
 * Distinct users per outcome, per cause of a fallback, and per group with a fallback ("You have
 * new mail" or a failure message), from how many users have each hour as their last one of a
 * kind (see the migration user_count_rollup): a user had one in [from, to) exactly when that last
 * hour is in it, as long as `to` is the end of the current hour (no later hour has events yet).
 * At most one row per hour × kind × key, whatever the number of users.
 */
export async function rollupUserCounts(from: Date, to: Date): Promise<UserCountRow[]> {
  const { rows } = await sqlPool().query<UserCountRow>(
    `SELECT kind, key, sum(users)::int AS users
     FROM event_users_by_last_hour WHERE "hour" >= $1 AND "hour" < $2
     GROUP BY 1, 2 HAVING sum(users) > 0`,
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
