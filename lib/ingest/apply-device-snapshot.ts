import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { DeviceSnapshotResponse } from "@/lib/telemetry/responses";
import { deviceIdSchema, deviceSnapshotSchema } from "@/lib/telemetry/schemas";
import { implausibleTimeReason, rejectNulCharacters } from "./storable-values";
import { writeDeviceSnapshots } from "./write-device-snapshots";

export type SnapshotResult = DeviceSnapshotResponse;
export type SnapshotStatus = SnapshotResult["status"];

/**
 * PUT /api/v1/ingest/devices/{id}: stores the device's state as observed at `observedAt`. One
 * statement decides (write-device-snapshots.ts), so concurrent or out-of-order snapshots can never
 * let an older one win.
 */
export async function applyDeviceSnapshot(deviceId: string, body: unknown, now = Date.now()): Promise<SnapshotResult> {
  const id = parseOrThrow(deviceIdSchema, deviceId, ["id"]);
  const snapshot = parseOrThrow(deviceSnapshotSchema, body);
  rejectNulCharacters(snapshot);
  const timeProblem = implausibleTimeReason(snapshot.observedAt, now);
  if (timeProblem) throw fieldError("observedAt", timeProblem);

  // The same statement as the batch endpoint, so both apply the never-older-wins rule alike.
  const outcome = (await writeDeviceSnapshots([{ ...snapshot, id }])).get(id);

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
