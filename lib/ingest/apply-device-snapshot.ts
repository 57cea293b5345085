import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import type { DeviceSnapshotResponse } from "@/lib/telemetry/responses";
import { deviceIdSchema, deviceSnapshotSchema } from "@/lib/telemetry/schemas";
import { implausibleTimeReason, rejectNulCharacters } from "./storable-values";

export type SnapshotResult = DeviceSnapshotResponse;
export type SnapshotStatus = SnapshotResult["status"];

type UpsertOutcome = { userFound: boolean; applied: boolean; existed: boolean };

/**
 * PUT /api/v1/ingest/devices/{id}: stores the device's state as observed at `observedAt`. One
 * statement decides, so concurrent or out-of-order snapshots can never let an older one win.
 */
export async function applyDeviceSnapshot(deviceId: string, body: unknown, now = Date.now()): Promise<SnapshotResult> {
  const id = parseOrThrow(deviceIdSchema, deviceId, ["id"]);
  const snapshot = parseOrThrow(deviceSnapshotSchema, body);
  rejectNulCharacters(snapshot);
  const timeProblem = implausibleTimeReason(snapshot.observedAt, now);
  if (timeProblem) throw fieldError("observedAt", timeProblem);

  // CTEs all see the table as it was before this statement, so `previous` tells created from updated.
  const [outcome] = await db().$queryRaw<UpsertOutcome[]>`
    WITH owner AS (SELECT id FROM directory_user WHERE upn = ${snapshot.userUpn}),
    previous AS (SELECT 1 FROM device WHERE id = ${id}),
    written AS (
      INSERT INTO device (id, "userId", model, "iosVersion", "appVersion", "derivedCredentials", "mailNotificationsEnabled",
                          "iosNotificationsAllowed", "backgroundAppRefresh", "lowPowerMode", "observedAt", "lastSeenAt")
      SELECT ${id}::text, owner.id, ${snapshot.model}::text, ${snapshot.iosVersion}::text, ${snapshot.appVersion}::text,
             ${snapshot.derivedCredentials}::boolean, ${snapshot.mailNotificationsEnabled}::boolean,
             ${snapshot.iosNotificationsAllowed}::boolean, ${snapshot.backgroundAppRefresh}::boolean,
             ${snapshot.lowPowerMode}::boolean, ${new Date(snapshot.observedAt)}::timestamptz, now()
      FROM owner
      ON CONFLICT (id) DO UPDATE SET
        "userId" = EXCLUDED."userId", model = EXCLUDED.model, "iosVersion" = EXCLUDED."iosVersion",
        "appVersion" = EXCLUDED."appVersion", "derivedCredentials" = EXCLUDED."derivedCredentials",
        "mailNotificationsEnabled" = EXCLUDED."mailNotificationsEnabled", "iosNotificationsAllowed" = EXCLUDED."iosNotificationsAllowed",
        "backgroundAppRefresh" = EXCLUDED."backgroundAppRefresh", "lowPowerMode" = EXCLUDED."lowPowerMode",
        "observedAt" = EXCLUDED."observedAt", "lastSeenAt" = EXCLUDED."lastSeenAt"
      WHERE device."observedAt" < EXCLUDED."observedAt"
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM owner) AS "userFound", EXISTS (SELECT 1 FROM written) AS applied, EXISTS (SELECT 1 FROM previous) AS existed`;

  if (!outcome?.userFound) {
    throw new AppError("validation_failed", `No directory user has the UPN ${snapshot.userUpn}; send the user with POST /api/v1/ingest/users first.`, {
      fields: [{ field: "userUpn", message: "no directory user has this UPN" }],
    });
  }
  const status: SnapshotStatus = !outcome.applied ? "stale" : outcome.existed ? "updated" : "created";
  return { deviceId: id, applied: outcome.applied, status };
}

function fieldError(field: string, message: string): AppError {
  return new AppError("validation_failed", `Invalid input: ${field}: ${message}`, { fields: [{ field, message }] });
}
