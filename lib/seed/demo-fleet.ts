import type { GroupSettings } from "@/lib/domain/settings";
import type { EventsOptions } from "@/lib/simulator/events";
import { generateFleet } from "@/lib/simulator/fleet";
import { plantedTruth, type PlantedTruth } from "@/lib/simulator/planted-truth";

/**
 * The demo fleet as pure data: the seed stores it, and a test can regenerate it — with its planted
 * truth — from the same groups and seeding time, without a side table. Deterministic from DEMO_SEED.
 */

export const DEMO_USERS = 60;
export const DEMO_DAYS = 2;
/** Fixed, so every fresh console shows the same people and the same incidents. */
export const DEMO_SEED = 20_261_128;

/** The demo groups in the order they were created (the order the fleet's users are drawn over); settings when saved. */
export type DemoFleetGroup = { name: string; settings?: GroupSettings };

/** What the demo events are generated from: the seeding time is the end of the period. */
export function demoEventsOptions(groups: readonly DemoFleetGroup[], seededAt: Date): EventsOptions {
  const groupSettings: Record<string, GroupSettings> = {};
  for (const group of groups) if (group.settings) groupSettings[group.name] = group.settings;
  return {
    fleet: generateFleet({ users: DEMO_USERS, seed: DEMO_SEED, groups: groups.map((group) => group.name) }),
    days: DEMO_DAYS,
    seed: DEMO_SEED,
    now: seededAt,
    groupSettings,
  };
}

/**
 * The lead finding every demo user's diagnosis should show, by UPN, for a diagnosis made at `at`.
 * `seededAt` is when the demo was seeded (every demo device's observedAt); `at` the time of the
 * diagnosis (its generatedAt), since the windows (6 h, 24 h) move on after seeding.
 */
export function demoPlantedTruth(groups: readonly DemoFleetGroup[], seededAt: Date, at: Date = seededAt): Map<string, PlantedTruth> {
  return plantedTruth({ ...demoEventsOptions(groups, seededAt), at });
}
