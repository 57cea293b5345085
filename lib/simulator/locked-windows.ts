import type { FleetDevice } from "./fleet";
import type { Random } from "./random";

const HOUR_MS = 3_600_000;

/** Devices that restart and stay locked: about every other day, often overnight (updates), until the user unlocks. */
export function lockedWindows(device: FleetDevice, random: Random, dayStart: number): [number, number][] {
  const restarts = random.chance(0.5);
  const overnight = random.chance(0.6);
  const start = dayStart + (overnight ? random.int(0, 6 * HOUR_MS) : random.int(0, 22 * HOUR_MS));
  const length = random.int(20 * 60_000, (overnight ? 8 : 2) * HOUR_MS);
  return device.traits.restartsBeforeUnlock && restarts ? [[start, start + length]] : [];
}
