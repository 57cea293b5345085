import { sqlPool } from "@/lib/db/client";

const NO_GROUP = "'00000000-0000-0000-0000-000000000000'::uuid";

/**
 * Each event's user in the kinds the dashboard counts users by, written out here rather than
 * through the migration's event_user_kinds(), so a mistake there shows as drift.
 */
const USER_KINDS = `
  SELECT 'outcome' AS kind, outcome AS key, "userId", date_trunc('hour', "occurredAt", 'UTC') AS "hour" FROM notification_event
  UNION ALL
  SELECT 'cause', cause, "userId", date_trunc('hour', "occurredAt", 'UTC') FROM notification_event
  WHERE outcome IN ('generic', 'failure') AND cause IS NOT NULL AND cause <> ''
  UNION ALL
  SELECT 'group', coalesce("groupId", ${NO_GROUP})::text, "userId", date_trunc('hour', "occurredAt", 'UTC') FROM notification_event
  WHERE outcome IN ('generic', 'failure')`;

/** Each rollup as it would be rebuilt from the events now, beside the table the triggers keep. */
const REBUILT: { table: string; columns: string; stored?: string; fromEvents: string }[] = [
  {
    table: "event_hourly_rollup",
    columns: `"hour", "groupId", outcome, cause, count`,
    fromEvents: `SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", ${NO_GROUP}), outcome, coalesce(cause, ''), count(*)::int
      FROM notification_event GROUP BY 1, 2, 3, 4`,
  },
  {
    table: "sync_delay_hourly_rollup",
    columns: `"hour", "groupId", "delayMs", count`,
    fromEvents: `SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", ${NO_GROUP}), event_rollup_delay_bucket("delayMs"), count(*)::int
      FROM notification_event WHERE outcome = 'sync' AND "delayMs" IS NOT NULL GROUP BY 1, 2, 3`,
  },
  {
    table: "event_user_last_seen",
    columns: `kind, key, "userId", "lastHour"`,
    fromEvents: `SELECT kind, key, "userId", max("hour") FROM (${USER_KINDS}) AS seen GROUP BY 1, 2, 3`,
  },
  {
    table: "event_users_by_last_hour",
    columns: `"hour", kind, key, users`,
    // Hours whose count went to zero may stay until the purge passes them; they count no one.
    stored: `SELECT "hour", kind, key, users FROM event_users_by_last_hour WHERE users <> 0`,
    fromEvents: `SELECT "lastHour", kind, key, count(*)::int
      FROM (SELECT kind, key, "userId", max("hour") AS "lastHour" FROM (${USER_KINDS}) AS seen GROUP BY 1, 2, 3) AS last GROUP BY 1, 2, 3`,
  },
];

/**
 * Rows where a rollup differs from the events it is derived from, over the whole database (in
 * either direction); empty when the triggers kept every rollup exact.
 */
export async function rollupDrift(): Promise<{ table: string; side: "events only" | "rollup only"; row: unknown }[]> {
  const drift: { table: string; side: "events only" | "rollup only"; row: unknown }[] = [];
  for (const { table, columns, fromEvents, stored: storedRows } of REBUILT) {
    const stored = storedRows ?? `SELECT ${columns} FROM ${table}`;
    const { rows: missing } = await sqlPool().query(`${fromEvents} EXCEPT ${stored}`);
    const { rows: extra } = await sqlPool().query(`${stored} EXCEPT ${fromEvents}`);
    drift.push(...missing.map((row) => ({ table, side: "events only" as const, row })), ...extra.map((row) => ({ table, side: "rollup only" as const, row })));
  }
  return drift;
}
