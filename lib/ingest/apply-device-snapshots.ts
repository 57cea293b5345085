import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { IngestDevicesResponse } from "@/lib/telemetry/responses";
import { describeIssue, deviceBatchItemSchema, deviceSnapshotsBodySchema, type DeviceBatchItem } from "@/lib/telemetry/schemas";
import { implausibleTimeReason, nulCharacterPath } from "./storable-values";
import { writeDeviceSnapshots } from "./write-device-snapshots";

type Rejection = IngestDevicesResponse["rejected"][number];
type Valid = { index: number; item: DeviceBatchItem };

/**
 * POST /api/v1/ingest/devices: up to 1,000 device snapshots, so an MDM connector need not make
 * one request per device. Each is validated and applied on its own with the same rule as
 * PUT /api/v1/ingest/devices/{id} (an older snapshot never replaces a newer one); the valid ones
 * are written by one statement.
 */
export async function applyDeviceSnapshots(body: unknown, now = Date.now()): Promise<IngestDevicesResponse> {
  const { devices } = parseOrThrow(deviceSnapshotsBodySchema, body);
  const rejected: Rejection[] = [];
  const valid: Valid[] = [];
  const seen = new Set<string>();

  devices.forEach((raw, index) => {
    const parsed = deviceBatchItemSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      rejected.push({ index, ...idOf(raw), ...(first?.path.length ? { field: String(first.path[0]) } : {}), reason: parsed.error.issues.map(describeIssue).join("; ") });
      return;
    }
    const item = parsed.data;
    const problem = unstorableProblem(item, now) ?? (seen.has(item.id) ? { field: "id", reason: `id: "${item.id}" appears more than once in this batch` } : null);
    if (problem) rejected.push({ index, id: item.id, ...problem });
    else valid.push({ index, item });
    seen.add(item.id);
  });

  const written = await writeDeviceSnapshots(valid.map(({ item }) => item));
  let created = 0;
  let updated = 0;
  let stale = 0;
  for (const { index, item } of valid) {
    const outcome = written.get(item.id);
    if (!outcome?.userFound) {
      rejected.push({ index, id: item.id, field: "userUpn", reason: `userUpn: no directory user has the UPN ${item.userUpn}; send the user with POST /api/v1/ingest/users first` });
    } else if (!outcome.applied) stale += 1;
    else if (outcome.existed) updated += 1;
    else created += 1;
  }
  return { created, updated, stale, rejected: rejected.sort((a, b) => a.index - b.index) };
}

function idOf(raw: unknown): { id?: string } {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? raw.id : undefined;
  return typeof id === "string" ? { id: id.slice(0, 100) } : {};
}

function unstorableProblem(item: DeviceBatchItem, now: number): Omit<Rejection, "index" | "id"> | null {
  const nul = nulCharacterPath(item);
  if (nul) return { field: nul, reason: `${nul}: must not contain NUL characters` };
  const timeProblem = implausibleTimeReason(item.observedAt, now);
  return timeProblem ? { field: "observedAt", reason: `observedAt: ${timeProblem}` } : null;
}
