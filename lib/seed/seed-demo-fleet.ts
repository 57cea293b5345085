import "server-only";
import { db } from "@/lib/db/client";
import { evaluate } from "@/lib/domain/prerequisites";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";
import type { GroupVerdict } from "@/lib/simulator/delivery-context";
import { generateEvents } from "@/lib/simulator/events";
import { deviceSnapshot, generateFleet } from "@/lib/simulator/fleet";
import { MAX_EVENTS_PER_BATCH, MAX_USERS_PER_BATCH, type IngestEvent } from "@/lib/telemetry/schemas";

const DEMO_USERS = 60;
const DEMO_DAYS = 2;
/** Fixed, so every fresh console shows the same people and the same incidents. */
const DEMO_SEED = 20_261_128;

export type DemoFleetCounts = { users: number; devices: number; events: number };

/**
 * A small simulated fleet for the demo groups (with the simulator's default incidents, e.g. the
 * Exchange certificate burst in Sales), stored through the same operations as the ingestion API.
 * Returns null when there are no groups to put users in.
 */
export async function seedDemoFleet(groups: { id: string; name: string }[], now = new Date()): Promise<DemoFleetCounts | null> {
  if (groups.length === 0) return null;
  const fleet = generateFleet({ users: DEMO_USERS, seed: DEMO_SEED, groups: groups.map((group) => group.name) });
  const verdicts = await groupVerdicts(groups);

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
  for (const event of generateEvents({ fleet, days: DEMO_DAYS, seed: DEMO_SEED, now, groupSettingsVerdict: verdicts })) {
    batch.push(event);
    if (batch.length === MAX_EVENTS_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { users, devices, events };
}

/** Each group's prerequisite verdict from its saved settings, so the demo events match the policies shown. */
async function groupVerdicts(groups: { id: string; name: string }[]): Promise<Record<string, GroupVerdict>> {
  const rows = await db().groupSettings.findMany({ where: { groupId: { in: groups.map((group) => group.id) } } });
  const verdicts: Record<string, GroupVerdict> = {};
  for (const row of rows) {
    const settings = groupSettingsSchema.safeParse(row);
    const name = groups.find((group) => group.id === row.groupId)?.name;
    if (settings.success && name) verdicts[name] = evaluate(settings.data);
  }
  return verdicts;
}
