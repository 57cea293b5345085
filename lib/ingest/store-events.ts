import "server-only";
import { sqlPool } from "@/lib/db/client";
import type { IngestEvent } from "@/lib/telemetry/schemas";

export type StoreResult = {
  /** Rows the INSERT returned: new events, stored now. */
  accepted: number;
  /** Events whose device the console has never seen: not stored. */
  unknownDeviceIds: Set<string>;
};

/**
 * Stores a batch in one statement: the rows travel as one JSON parameter, each device is resolved
 * to its user and current group, and the INSERT skips ids already stored (ON CONFLICT DO
 * NOTHING), so a repeat — in this batch, an earlier one or a concurrent one — is a no-op and
 * only rows in RETURNING count as accepted. Rows go in id order so that concurrent batches take
 * their key locks in the same order and cannot deadlock. One round trip keeps the per-request
 * cost low (see bench/ingest.ts).
 */
export async function storeEvents(events: readonly IngestEvent[]): Promise<StoreResult> {
  if (events.length === 0) return { accepted: 0, unknownDeviceIds: new Set() };
  const rows = JSON.stringify(
    events.map((event) => ({
      id: event.id,
      deviceId: event.deviceId,
      // UTC: JavaScript reads offsets PostgreSQL would refuse (beyond ±15:59).
      occurredAt: new Date(event.occurredAt).toISOString(),
      outcome: event.outcome,
      cause: event.cause ?? null,
      failedStep: event.failedStep ?? null,
      steps: event.steps ?? null,
      badgeCount: event.badgeCount ?? null,
      delayMs: event.delayMs ?? null,
      activity: event.activity ?? null,
    })),
  );
  const { rows: [result] } = await sqlPool().query<{ accepted: number; knownDeviceIds: string[] }>(STORE_EVENTS_SQL, [rows]);
  const known = new Set(result!.knownDeviceIds);
  return { accepted: result!.accepted, unknownDeviceIds: new Set(events.map((event) => event.deviceId).filter((id) => !known.has(id))) };
}

// Plain pg rather than Prisma's $queryRaw: for this one statement Prisma costs several times
// the CPU of the driver itself (measured in bench/ingest.ts).
const STORE_EVENTS_SQL = `
    WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
        id text, "deviceId" text, "occurredAt" timestamptz, outcome text, cause text, "failedStep" text, steps jsonb, "badgeCount" int,
        "delayMs" int, activity text)
    ),
    owners AS (
      SELECT d.id AS "deviceId", d."userId", u."groupId"
      FROM device d JOIN directory_user u ON u.id = d."userId"
      WHERE d.id IN (SELECT "deviceId" FROM input)
    ),
    inserted AS (
      INSERT INTO notification_event (id, "deviceId", "userId", "groupId", "occurredAt", outcome, cause, "failedStep", steps, "badgeCount", "delayMs", activity)
      SELECT i.id, i."deviceId", o."userId", o."groupId", i."occurredAt", i.outcome, i.cause, i."failedStep", i.steps, i."badgeCount",
        i."delayMs", i.activity
      FROM input i JOIN owners o ON o."deviceId" = i."deviceId"
      ORDER BY i.id
      ON CONFLICT (id) DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS accepted, ARRAY(SELECT "deviceId" FROM owners) AS "knownDeviceIds"`;
