import "server-only";
import { db } from "@/lib/db/client";
import { settingsFromRecord } from "@/lib/policies/settings-record";
import { generateEvents } from "@/lib/simulator/events";
import { demoEventsOptions, type DemoFleetGroup } from "./demo-fleet";
import { storeSimulatedFleet, type StoredFleetCounts } from "./store-simulated-fleet";

export type DemoFleetCounts = StoredFleetCounts;

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
  const options = demoEventsOptions(await demoFleetGroups(groups), now);
  return storeSimulatedFleet(options.fleet, generateEvents(options), now);
}

/** The groups in the given order, each with its saved settings as the helpdesk reads them, so the demo events match the policies shown. */
export async function demoFleetGroups(groups: { id: string; name: string }[]): Promise<DemoFleetGroup[]> {
  const rows = await db().groupSettings.findMany({ where: { groupId: { in: groups.map((group) => group.id) } } });
  return groups.map((group) => {
    const row = rows.find((candidate) => candidate.groupId === group.id);
    return row ? { name: group.name, settings: settingsFromRecord(row) } : { name: group.name };
  });
}
