import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { onRealPostgres, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { purgeOldEvents } from "./purge-old-events";
import { RETENTION_LOCK_KEY, runRetentionPurge } from "./run-retention-purge";
import { withAdvisoryLock } from "./with-advisory-lock";

// Times before 2000 cannot come through the API, so no other test's events fall in this range.
const NOW = new Date("1990-07-01T00:00:00Z");
const RETENTION_DAYS = 30; // cutoff 1990-06-01

async function storeEvents(deviceId: string, times: string[]): Promise<string[]> {
  const rows = times.map((occurredAt) => ({ id: unique("event"), deviceId, userId: randomUUID(), occurredAt: new Date(occurredAt), outcome: "rich" }));
  await db().notificationEvent.createMany({ data: rows });
  return rows.map((row) => row.id);
}

describe("event retention", () => {
  it("deletes only events older than the retention period, in batches", async () => {
    const deviceId = unique("device");
    const old = await storeEvents(deviceId, ["1990-01-01T00:00:00Z", "1990-02-10T00:00:00Z", "1990-03-01T00:00:00Z", "1990-04-15T00:00:00Z",
      "1990-05-01T00:00:00Z", "1990-05-20T00:00:00Z", "1990-05-31T23:59:59Z"]);
    const kept = await storeEvents(deviceId, ["1990-06-01T00:00:00Z", "1990-06-15T00:00:00Z", "1990-06-30T00:00:00Z"]);

    const result = await purgeOldEvents({ retentionDays: RETENTION_DAYS, now: NOW, batchSize: 3, pauseMs: 0 });
    expect(result).toEqual({ cutoff: "1990-06-01T00:00:00.000Z", deleted: old.length, batches: 3 });
    const left = await db().notificationEvent.findMany({ where: { deviceId }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([...kept].sort());

    expect(await purgeOldEvents({ retentionDays: RETENTION_DAYS, now: NOW, batchSize: 3, pauseMs: 0 })).toMatchObject({ deleted: 0, batches: 1 });
  });

  it("runs as the scheduled job does, with EVENT_RETENTION_DAYS", async () => {
    const deviceId = unique("device");
    await storeEvents(deviceId, ["1990-01-01T00:00:00Z"]);
    const run = await runRetentionPurge({ pauseMs: 0 });
    expect(run).toMatchObject({ ran: true, result: { deleted: expect.any(Number) } });
    expect(await db().notificationEvent.count({ where: { deviceId } })).toBe(0);
  });

  it("refuses a retention below one day rather than deleting everything", async () => {
    await expect(purgeOldEvents({ retentionDays: 0, now: NOW })).rejects.toThrow(/retentionDays/);
  });

  it.runIf(onRealPostgres)("runs in one instance at a time: a second purge skips while the lock is held", async () => {
    const deviceId = unique("device");
    await storeEvents(deviceId, ["1990-01-01T00:00:00Z"]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let signalLocked!: () => void;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = withAdvisoryLock(RETENTION_LOCK_KEY, async () => {
      signalLocked();
      await held;
    });
    await locked;

    expect(await runRetentionPurge({ now: NOW, retentionDays: RETENTION_DAYS })).toEqual({ ran: false, reason: "another instance is purging" });
    expect(await db().notificationEvent.count({ where: { deviceId } })).toBe(1);

    release();
    expect(await holder).toEqual({ acquired: true, value: undefined });
    expect(await runRetentionPurge({ now: NOW, retentionDays: RETENTION_DAYS, pauseMs: 0 })).toMatchObject({ ran: true, result: { deleted: 1 } });
  });
});
