import "server-only";
import { db } from "@/lib/db/client";

const DAY_MS = 86_400_000;

export type PurgeOptions = {
  retentionDays: number;
  now?: Date;
  /**
   * Rows per DELETE: small enough that each statement holds its row locks only briefly, and
   * finishes far inside DATABASE_STATEMENT_TIMEOUT_MS (5,000 indexed deletes take well under a
   * second), so the purge needs no longer timeout of its own.
   */
  batchSize?: number;
  /** Pause between batches, leaving room for ingestion and autovacuum. */
  pauseMs?: number;
};

export type PurgeResult = { cutoff: string; deleted: number; batches: number };

/**
 * Deletes notification events that occurred before now − retentionDays, one bounded batch per
 * statement (each its own short transaction), until a batch comes back short.
 */
export async function purgeOldEvents({ retentionDays, now = new Date(), batchSize = 5_000, pauseMs = 100 }: PurgeOptions): Promise<PurgeResult> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) throw new Error(`retentionDays must be a whole number ≥ 1, got ${retentionDays}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  let batches = 0;
  for (;;) {
    // The inner SELECT walks the occurredAt index, so each batch costs the same however large the table.
    const count = await db().$executeRaw`
      DELETE FROM notification_event
      WHERE id IN (SELECT id FROM notification_event WHERE "occurredAt" < ${cutoff} LIMIT ${batchSize})`;
    batches += 1;
    deleted += count;
    if (count < batchSize) break;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { cutoff: cutoff.toISOString(), deleted, batches };
}
