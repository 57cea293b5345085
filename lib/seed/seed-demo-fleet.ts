import "server-only";
import { db } from "@/lib/db/client";
import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";
import { settingsFromRecord } from "@/lib/policies/settings-record";
import { generateEvents } from "@/lib/simulator/events";
import { deviceSnapshot } from "@/lib/simulator/fleet";
import { MAX_EVENTS_PER_BATCH, MAX_USERS_PER_BATCH, type IngestEvent } from "@/lib/telemetry/schemas";
import { demoEventsOptions, type DemoFleetGroup } from "./demo-fleet";

export type DemoFleetCounts = { users: number; devices: number; events: number };

/**
 * A small simulated fleet for the demo groups (with the simulator's default incidents, e.g. the
 * Exchange certificate burst in Sales), stored through the same operations as the ingestion API.
 * Each device gets rich push, sync-time notifications or none from its group's saved settings and
 * its own facts. Returns null when there are no groups to put users in.
 *
 * The planted truth (the lead finding each user's diagnosis should show) is not stored: the fleet
 * is deterministic, so `demoPlantedTruth` in ./demo-fleet.ts regenerates it from the same groups
 * and this `now` (every demo device's observedAt), for any later diagnosis time.
 */
export async function seedDemoFleet(groups: { id: string; name: string }[], now = new Date()): Promise<DemoFleetCounts | null> {
  if (groups.length === 0) return null;
  const options = demoEventsOptions(await withSettings(groups), now);
  const { fleet } = options;

  let users = 0;
  for (let start = 0; start < fleet.users.length; start += MAX_USERS_PER_BATCH) {
    const result = await syncDirectoryUsers(null, { users: fleet.users.slice(start, start + MAX_USERS_PER_BATCH) });
    if (result.rejected.length > 0) throw new Error(`demo users rejected: ${result.rejected.map((r) => r.reason).join("; ")}`);
    users += result.upserted;
  }

  let devices = 0;
  for (const device of fleet.devices) {
    if ((await applyDeviceSnapshot(device.id, deviceSnapshot(device, now))).applied) devices += 1;
  }

  let events = 0;
  let batch: IngestEvent[] = [];
  const flush = async () => {
    const result = await ingestEvents({ events: batch });
    if (result.rejected.length > 0) throw new Error(`demo events rejected: ${result.rejected[0]!.reason}`);
    events += result.accepted;
    batch = [];
  };
  for (const event of generateEvents(options)) {
    batch.push(event);
    if (batch.length === MAX_EVENTS_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { users, devices, events };
}

/** The groups in the given order, each with its saved settings as the helpdesk reads them, so the demo events match the policies shown. */
async function withSettings(groups: { id: string; name: string }[]): Promise<DemoFleetGroup[]> {
  const rows = await db().groupSettings.findMany({ where: { groupId: { in: groups.map((group) => group.id) } } });
  return groups.map((group) => {
    const row = rows.find((candidate) => candidate.groupId === group.id);
    return row ? { name: group.name, settings: settingsFromRecord(row) } : { name: group.name };
  });
}
