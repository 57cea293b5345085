import { lockedWindows } from "./locked-windows";
import type { FleetDevice } from "./fleet";
import { DAY_MS } from "./mail-arrivals";
import { createRandom, deriveSeed } from "./random";

/**
 * When a device without rich push catches up with the Inbox on one UTC day (DESIGN.md §2.3, and
 * the field guidance of the vendor's "Notifications and synchronization" page):
 * - `background`: iOS woke the app for Background App Refresh and the sync succeeded; every mail
 *   that arrived since the last catch-up is posted as a notification now.
 * - `foreground`: the user opened Secure Mail, which shows mail activity in real time, so the mail
 *   waiting since the last catch-up is read in the app and never posted as a notification.
 * Seeded by device and day only, so the schedule never depends on where a period starts.
 */

export type CatchUp = { atMs: number; kind: "background" | "foreground" };

const MINUTE_MS = 60_000;
/** On a good day iOS wakes the app every 10–30 minutes. */
const WAKE_INTERVAL_MS: readonly [number, number] = [10 * MINUTE_MS, 30 * MINUTE_MS];
/** On a poor network wake-ups come later… */
const POOR_NETWORK_INTERVAL_FACTOR = 1.5;
/** …and some syncs fail: nothing is fetched, so the mail waits for the next one. */
const POOR_NETWORK_FAILED_SYNC_ODDS = 0.35;
/** In Low Power Mode iOS mostly does not wake the app at all (the reference's "most common case"). */
const LOW_POWER_SKIPPED_WAKE_ODDS = 0.97;
/** How often the user opens the app: a few times in the working day, now and then outside it. */
const WORKDAY_OPENS = 5;
const OFF_HOURS_OPENS = 1;
const WORKDAY_START_MS = 7 * 3_600_000;
const WORKDAY_LENGTH_MS = 12 * 3_600_000;

export function catchUps(device: FleetDevice, seed: number, dayStart: number): CatchUp[] {
  const random = createRandom(deriveSeed(seed, "sync-day", device.id, dayStart));
  const dayEnd = dayStart + DAY_MS;
  const result: CatchUp[] = [];

  // After a restart, before the first unlock, the app cannot read the secure container, so it cannot sync.
  const locked = lockedWindows(device, random, dayStart);
  // With Background App Refresh off, iOS never wakes the app in the background.
  if (device.backgroundAppRefresh) {
    const factor = device.traits.poorNetwork ? POOR_NETWORK_INTERVAL_FACTOR : 1;
    const [min, max] = WAKE_INTERVAL_MS;
    for (let at = dayStart + random.int(0, max * factor); at < dayEnd; at += random.int(min * factor, max * factor)) {
      if (device.lowPowerMode && random.chance(LOW_POWER_SKIPPED_WAKE_ODDS)) continue;
      if (device.traits.poorNetwork && random.chance(POOR_NETWORK_FAILED_SYNC_ODDS)) continue;
      if (locked.some(([from, to]) => at >= from && at < to)) continue;
      result.push({ atMs: at, kind: "background" });
    }
  }

  const opens = random.poisson(WORKDAY_OPENS);
  for (let i = 0; i < opens; i++) result.push({ atMs: dayStart + WORKDAY_START_MS + Math.floor(random.next() * WORKDAY_LENGTH_MS), kind: "foreground" });
  const offHours = random.poisson(OFF_HOURS_OPENS);
  for (let i = 0; i < offHours; i++) result.push({ atMs: dayStart + Math.floor(random.next() * DAY_MS), kind: "foreground" });

  return result.sort((a, b) => a.atMs - b.atMs);
}
