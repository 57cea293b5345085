import type { IngestEvent } from "@/lib/telemetry/schemas";
import { defaultBursts, type Burst } from "./bursts";
import { deliveryFor, type GroupVerdict } from "./delivery-context";
import { DeviceEventStream, type TimedEvent } from "./device-events";
import type { Fleet } from "./fleet";
import { DAY_MS, dailyMailVolume, weekdayFactor } from "./mail-arrivals";
import { MinHeap } from "./min-heap";

export type EventsOptions = {
  fleet: Fleet;
  /** Length of the period ending at `now`, in days (fractions allowed). */
  days: number;
  seed: number;
  now: Date;
  /**
   * Average new-mail pushes per minute to the fleet's devices over the period (devices that show
   * nothing report fewer events). Without it each user gets a plausible daily volume (about 25 new
   * mails on a weekday, fewer at weekends), pushed to each of their devices.
   */
  ratePerMinute?: number;
  /** Prerequisite verdict per group name; a group not listed supports rich push. */
  groupSettingsVerdict?: Readonly<Record<string, GroupVerdict>>;
  /** Incidents to play; defaults to `defaultBursts(now)`, pass [] for none. */
  bursts?: readonly Burst[];
};

type StreamHead = { next: TimedEvent; rest: DeviceEventStream };

/**
 * The fleet's notification events over the period, in time order. Lazy: each device is a stream
 * and a heap merges them, so memory holds one pending event and one day's arrival times per device, never the whole period.
 */
export function* generateEvents(options: EventsOptions): Generator<IngestEvent> {
  const { fleet, days, seed, now, groupSettingsVerdict = {}, bursts = defaultBursts(now) } = options;
  if (!(days > 0)) throw new Error(`days must be > 0, got ${days}`);
  const endMs = now.getTime();
  const startMs = endMs - Math.round(days * DAY_MS);
  const volumeScale = volumeScaleFor(options, startMs, endMs);

  const heap = new MinHeap<StreamHead>((a, b) => a.next.atMs < b.next.atMs || (a.next.atMs === b.next.atMs && a.next.event.id < b.next.event.id));
  const advance = (rest: DeviceEventStream) => {
    const next = rest.next();
    if (next) heap.push({ next, rest });
  };

  for (const device of fleet.devices) {
    const delivery = deliveryFor(device, groupSettingsVerdict[device.group]);
    if (delivery.kind === "none") continue;
    const groupBursts = bursts.filter((burst) => burst.group === device.group);
    advance(new DeviceEventStream(device, { seed, startMs, endMs, volumeScale, delivery, bursts: groupBursts }));
  }

  while (heap.size > 0) {
    const head = heap.pop()!;
    yield head.next.event;
    advance(head.rest);
  }
}

/** Scales every user's volume so the fleet averages `ratePerMinute` pushes over the period (1 without a rate). */
function volumeScaleFor({ fleet, seed, ratePerMinute }: EventsOptions, startMs: number, endMs: number): number {
  if (ratePerMinute === undefined) return 1;
  if (!(ratePerMinute >= 0)) throw new Error(`ratePerMinute must be ≥ 0, got ${ratePerMinute}`);
  const weekdayVolume = fleet.devices.reduce((sum, device) => sum + dailyMailVolume(seed, device.userUpn), 0);
  const expectedPerDay = weekdayVolume * meanWeekdayFactor(startMs, endMs);
  return expectedPerDay === 0 ? 0 : (ratePerMinute * 1440) / expectedPerDay;
}

/** The weekday/weekend mix averaged over the period, weighting each UTC day by how much of it the period covers. */
function meanWeekdayFactor(startMs: number, endMs: number): number {
  let weighted = 0;
  for (let dayStart = Math.floor(startMs / DAY_MS) * DAY_MS; dayStart < endMs; dayStart += DAY_MS) {
    const covered = Math.min(endMs, dayStart + DAY_MS) - Math.max(startMs, dayStart);
    weighted += covered * weekdayFactor(dayStart);
  }
  return weighted / (endMs - startMs);
}

/** Counts the events a run would produce, for progress reporting, without keeping them. */
export function countEvents(options: EventsOptions): number {
  let count = 0;
  for (const _event of generateEvents(options)) count += 1;
  return count;
}
