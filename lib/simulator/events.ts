import type { GroupSettings } from "@/lib/domain/settings";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import { defaultBursts, type Burst } from "./bursts";
import { deliveryFor } from "./delivery-context";
import type { EventStream, TimedEvent } from "./event-stream";
import type { Fleet } from "./fleet";
import { DAY_MS, dailyMailVolume, weekdayFactor } from "./mail-arrivals";
import { MinHeap } from "./min-heap";
import { RichEventStream } from "./rich-event-stream";
import { SyncEventStream } from "./sync-event-stream";

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
  /**
   * Each group's settings by name; a group not listed supports rich push. A device gets rich push
   * exactly when its group's settings with its own facts pass every rule; otherwise it shows mail
   * only after a sync, or nothing (see `deliveryFor`).
   */
  groupSettings?: Readonly<Record<string, GroupSettings>>;
  /** Incidents to play on the rich path; defaults to `defaultBursts(now)`, pass [] for none. */
  bursts?: readonly Burst[];
};

type StreamHead = { next: TimedEvent; rest: EventStream };

/**
 * The fleet's notification events over the period, in time order. Lazy: each device is a stream
 * and a heap merges them, so memory holds one pending event and one day's arrival times per device, never the whole period.
 */
export function* generateEvents(options: EventsOptions): Generator<IngestEvent> {
  const { fleet, days, seed, now, groupSettings = {} } = options;
  const bursts = burstsOf(options);
  if (!(days > 0)) throw new Error(`days must be > 0, got ${days}`);
  const endMs = now.getTime();
  const startMs = endMs - Math.round(days * DAY_MS);
  const volumeScale = volumeScaleFor(options, startMs, endMs);

  const heap = new MinHeap<StreamHead>((a, b) => a.next.atMs < b.next.atMs || (a.next.atMs === b.next.atMs && a.next.event.id < b.next.event.id));
  const advance = (rest: EventStream) => {
    const next = rest.next();
    if (next) heap.push({ next, rest });
  };

  const period = { seed, startMs, endMs, volumeScale };
  for (const device of fleet.devices) {
    const delivery = deliveryFor(device, groupSettings[device.group]);
    if (delivery.kind === "none") continue;
    if (delivery.kind === "sync") {
      advance(new SyncEventStream(device, period));
      continue;
    }
    const groupBursts = bursts.filter((burst) => burst.group === device.group);
    // A literal, not a spread: V8 keeps a spread-then-extended object on a slow path, and the stream reads it per event.
    advance(new RichEventStream(device, { seed, startMs, endMs, volumeScale, viaGateway: delivery.viaGateway, bursts: groupBursts }));
  }

  while (heap.size > 0) {
    const head = heap.pop()!;
    yield head.next.event;
    advance(head.rest);
  }
}

/** The incidents a run plays: the ones given, else the default ones. */
export function burstsOf({ bursts, now }: Pick<EventsOptions, "bursts" | "now">): readonly Burst[] {
  return bursts ?? defaultBursts(now);
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
