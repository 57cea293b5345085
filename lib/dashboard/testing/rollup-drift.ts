import { sqlPool } from "@/lib/db/client";

const NO_GROUP = "'00000000-0000-0000-0000-000000000000'::uuid";

/** Each rollup as it would be rebuilt from the events now, beside the table the triggers keep. */
const REBUILT: { table: string; columns: string; fromEvents: string }[] = [
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
    table: "event_user_last_hour",
    columns: `"userId", "groupId", outcome, cause, "lastHour"`,
    fromEvents: `SELECT "userId", coalesce("groupId", ${NO_GROUP}), outcome, coalesce(cause, ''), max(date_trunc('hour', "occurredAt", 'UTC'))
      FROM notification_event GROUP BY 1, 2, 3, 4`,
  },
];

/**
 * Rows where a rollup differs from the events it is derived from, over the whole database (in
 * either direction); empty when the triggers kept every rollup exact.
 */
export async function rollupDrift(): Promise<{ table: string; side: "events only" | "rollup only"; row: unknown }[]> {
  const drift: { table: string; side: "events only" | "rollup only"; row: unknown }[] = [];
  for (const { table, columns, fromEvents } of REBUILT) {
    const stored = `SELECT ${columns} FROM ${table}`;
    const { rows: missing } = await sqlPool().query(`${fromEvents} EXCEPT ${stored}`);
    const { rows: extra } = await sqlPool().query(`${stored} EXCEPT ${fromEvents}`);
    drift.push(...missing.map((row) => ({ table, side: "events only" as const, row })), ...extra.map((row) => ({ table, side: "rollup only" as const, row })));
  }
  return drift;
}
