import type pg from "pg";

/**
 * The dashboard's answers computed the old way, from the events themselves: the comparison the
 * rollups are measured against. Benchmark only: the console never runs these.
 */

export async function rawOutcomeCounts(client: pg.Client, from: Date, to: Date): Promise<Record<string, number>> {
  const { rows } = await client.query<{ outcome: string; count: number }>(
    `SELECT outcome, count(*)::int AS count FROM notification_event WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1`,
    [from, to],
  );
  return Object.fromEntries(rows.map((row) => [row.outcome, row.count]));
}

/** Notifications per UTC hour × outcome × cause; the number of rows, so both sides return the same shape of work. */
export async function rawHourlyTrend(client: pg.Client, from: Date, to: Date): Promise<number> {
  const { rows } = await client.query<{ total: number }>(
    `SELECT date_trunc('hour', "occurredAt", 'UTC') AS hour, outcome, coalesce(cause, '') AS cause, count(*)::int AS total
     FROM notification_event WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1, 2, 3`,
    [from, to],
  );
  return rows.reduce((sum, row) => sum + row.total, 0);
}
