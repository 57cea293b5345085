import type pg from "pg";
import type { IngestEvent } from "@/lib/telemetry/schemas";

/**
 * The baseline: the same rows written with plain multi-row INSERTs (no HTTP, no validation, no
 * idempotency) into a twin of notification_event with the same keys, indexes and defaults.
 */

export const PLAIN_TABLE = "bench_plain_insert";
const COLUMNS = ["id", '"deviceId"', '"userId"', '"groupId"', '"occurredAt"', "outcome", "cause", '"failedStep"', "steps", '"badgeCount"'];

export type Owner = { userId: string; groupId: string | null };
export type PlainBatch = { text: string; values: unknown[] };

export async function createTwinTable(pool: pg.Pool): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS ${PLAIN_TABLE}`);
  await pool.query(`CREATE TABLE ${PLAIN_TABLE} (LIKE notification_event INCLUDING ALL)`);
}

/** One parameterised multi-row INSERT per batch, built before the clock starts. */
export function plainBatch(events: readonly IngestEvent[], owners: Map<string, Owner>): PlainBatch {
  const values: unknown[] = [];
  const tuples = events.map((event) => {
    const owner = owners.get(event.deviceId)!;
    const row = [event.id, event.deviceId, owner.userId, owner.groupId, event.occurredAt, event.outcome, event.cause ?? null, event.failedStep ?? null,
      event.steps ? JSON.stringify(event.steps) : null, event.badgeCount ?? null];
    const placeholders = row.map((value) => {
      values.push(value);
      return `$${values.length}`;
    });
    return `(${placeholders.join(", ")})`;
  });
  return { text: `INSERT INTO ${PLAIN_TABLE} (${COLUMNS.join(", ")}) VALUES ${tuples.join(", ")}`, values };
}

export async function insertPlain(pool: pg.Pool, batch: PlainBatch): Promise<number> {
  const result = await pool.query(batch.text, batch.values);
  return result.rowCount ?? 0;
}
