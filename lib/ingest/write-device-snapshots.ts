import "server-only";
import { sqlPool } from "@/lib/db/client";
import type { DeviceBatchItem } from "@/lib/telemetry/schemas";

export type WriteOutcome = { userFound: boolean; applied: boolean; existed: boolean };

/**
 * One statement for the batch: rows in id order (concurrent batches lock keys in the same order
 * and cannot deadlock); CTEs see the table as it was before the statement, so `previous` tells
 * created from updated; the WHERE of the upsert keeps the newer snapshot.
 */
export async function writeDeviceSnapshots(items: readonly DeviceBatchItem[]): Promise<Map<string, WriteOutcome>> {
  if (items.length === 0) return new Map();
  const rows = JSON.stringify(items.map((item) => ({ ...item, observedAt: new Date(item.observedAt).toISOString() })));
  const { rows: results } = await sqlPool().query<{ id: string } & WriteOutcome>(WRITE_SNAPSHOTS_SQL, [rows]);
  return new Map(results.map((row) => [row.id, row]));
}

const WRITE_SNAPSHOTS_SQL = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
      id text, "userUpn" text, model text, "iosVersion" text, "appVersion" text, "derivedCredentials" boolean,
      "mailNotificationsEnabled" boolean, "iosNotificationsAllowed" boolean, "backgroundAppRefresh" boolean,
      "lowPowerMode" boolean, "observedAt" timestamptz)
  ),
  owned AS (SELECT i.*, u.id AS "userId" FROM input i JOIN directory_user u ON u.upn = i."userUpn"),
  previous AS (SELECT id FROM device WHERE id IN (SELECT id FROM input)),
  written AS (
    INSERT INTO device (id, "userId", model, "iosVersion", "appVersion", "derivedCredentials", "mailNotificationsEnabled",
                        "iosNotificationsAllowed", "backgroundAppRefresh", "lowPowerMode", "observedAt", "lastSeenAt")
    SELECT id, "userId", model, "iosVersion", "appVersion", "derivedCredentials", "mailNotificationsEnabled",
           "iosNotificationsAllowed", "backgroundAppRefresh", "lowPowerMode", "observedAt", now()
    FROM owned ORDER BY id
    ON CONFLICT (id) DO UPDATE SET
      "userId" = EXCLUDED."userId", model = EXCLUDED.model, "iosVersion" = EXCLUDED."iosVersion",
      "appVersion" = EXCLUDED."appVersion", "derivedCredentials" = EXCLUDED."derivedCredentials",
      "mailNotificationsEnabled" = EXCLUDED."mailNotificationsEnabled", "iosNotificationsAllowed" = EXCLUDED."iosNotificationsAllowed",
      "backgroundAppRefresh" = EXCLUDED."backgroundAppRefresh", "lowPowerMode" = EXCLUDED."lowPowerMode",
      "observedAt" = EXCLUDED."observedAt", "lastSeenAt" = EXCLUDED."lastSeenAt"
    WHERE device."observedAt" < EXCLUDED."observedAt"
    RETURNING id
  )
  SELECT i.id,
         EXISTS (SELECT 1 FROM owned o WHERE o.id = i.id) AS "userFound",
         EXISTS (SELECT 1 FROM written w WHERE w.id = i.id) AS applied,
         EXISTS (SELECT 1 FROM previous p WHERE p.id = i.id) AS existed
  FROM input i`;
