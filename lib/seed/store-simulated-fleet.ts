import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";
import { deviceSnapshot, type Fleet } from "@/lib/simulator/fleet";
import { MAX_EVENTS_PER_BATCH, MAX_USERS_PER_BATCH, type IngestEvent } from "@/lib/telemetry/schemas";

export type StoredFleetCounts = { users: number; devices: number; events: number };

/**
 * Stores a simulated fleet in this process through the same operations as the ingestion API:
 * the directory users, each device's snapshot as observed at `observedAt`, then the events in
 * batches. Any rejection is an error: the simulator only makes what the API accepts.
 */
export async function storeSimulatedFleet(fleet: Fleet, events: Iterable<IngestEvent>, observedAt: Date): Promise<StoredFleetCounts> {
  let users = 0;
  for (let start = 0; start < fleet.users.length; start += MAX_USERS_PER_BATCH) {
    const result = await syncDirectoryUsers(null, { users: fleet.users.slice(start, start + MAX_USERS_PER_BATCH) });
    if (result.rejected.length > 0) throw new Error(`simulated users rejected: ${result.rejected.map((r) => r.reason).join("; ")}`);
    users += result.upserted;
  }

  let devices = 0;
  for (const device of fleet.devices) {
    if ((await applyDeviceSnapshot(device.id, deviceSnapshot(device, observedAt))).applied) devices += 1;
  }

  let stored = 0;
  let batch: IngestEvent[] = [];
  const flush = async () => {
    const result = await ingestEvents({ events: batch });
    if (result.rejected.length > 0) throw new Error(`simulated events rejected: ${result.rejected[0]!.reason}`);
    stored += result.accepted;
    batch = [];
  };
  for (const event of events) {
    batch.push(event);
    if (batch.length === MAX_EVENTS_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { users, devices, events: stored };
}
