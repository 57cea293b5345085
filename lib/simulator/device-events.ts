import { CAUSES } from "@/lib/domain/outcomes";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import { applyBursts, type Burst } from "./bursts";
import type { Delivery } from "./delivery-context";
import type { FleetDevice } from "./fleet";
import { DAY_MS, mailArrivals } from "./mail-arrivals";
import { decideNotification } from "./notification-outcome";
import { pathTimings } from "./notification-path";
import { createRandom, deriveSeed, type Random } from "./random";

/** One device's notification events over a period, in time order. */

export type DeviceEventPlan = {
  seed: number;
  startMs: number;
  /** Exclusive. */
  endMs: number;
  volumeScale: number;
  delivery: Exclude<Delivery, { kind: "none" }>;
  /** Incidents in the device's group. */
  bursts: readonly Burst[];
};

export type TimedEvent = { atMs: number; event: IngestEvent };

const HOUR_MS = 3_600_000;
const PUSH_LATENCY_MS: readonly [number, number] = [200, 4_000];

type DayState = {
  dayStart: number;
  random: Random;
  dateKey: string;
  badges: number[];
  locked: [number, number][];
  receivedAt: number[];
  /** Arrival numbers in order of receipt; `position` is the next to play. */
  order: number[];
  position: number;
};

/**
 * Whole UTC days are generated even when the period cuts one, and each day draws from its own
 * seeded stream: an event's id (device, date, arrival number) and content never depend on when
 * the period starts, so overlapping runs send the same events again and the API drops them as duplicates.
 * A hand-written iterator rather than a generator: it holds only the current day's arrival times,
 * and is noticeably faster when thousands of streams are merged.
 */
export class DeviceEventStream {
  private day: DayState;

  constructor(
    private readonly device: FleetDevice,
    private readonly plan: DeviceEventPlan,
  ) {
    this.day = this.startDay(Math.floor(plan.startMs / DAY_MS) * DAY_MS);
  }

  /** The next event in time order, or undefined when the period is over. */
  next(): TimedEvent | undefined {
    for (;;) {
      const day = this.day;
      if (day.position === day.order.length) {
        if (day.dayStart + DAY_MS >= this.plan.endMs) return undefined;
        this.day = this.startDay(day.dayStart + DAY_MS);
        continue;
      }
      const event = this.play(day, day.order[day.position++]!);
      if (event) return event;
    }
  }

  private startDay(dayStart: number): DayState {
    const { device, plan } = this;
    const random = createRandom(deriveSeed(plan.seed, "device-day", device.id, dayStart));
    const { times, badges } = mailArrivals(plan.seed, device.userUpn, dayStart, plan.volumeScale);
    const locked = lockedWindows(device, random, dayStart);
    // Push latency can swap two close arrivals, so the device sees them in order of receipt.
    const receivedAt = times.map((arrival) => arrival + random.int(...PUSH_LATENCY_MS));
    const order = receivedAt.map((_, index) => index).sort((a, b) => receivedAt[a]! - receivedAt[b]! || a - b);
    const dateKey = new Date(dayStart).toISOString().slice(0, 10).replaceAll("-", "");
    return { dayStart, random, dateKey, badges, locked, receivedAt, order, position: 0 };
  }

  private play(day: DayState, arrivalNumber: number): TimedEvent | undefined {
    const { device, plan } = this;
    const atMs = day.receivedAt[arrivalNumber]!;
    const isLocked = day.locked.some(([from, to]) => atMs >= from && atMs < to);
    // Drawn even outside the period, so an event's content does not depend on where the period starts.
    const natural = decideNotification(device, plan.delivery, isLocked, day.random);
    const timings = pathTimings(natural?.cause ?? null, device.traits.poorNetwork, day.random);
    if (!natural || atMs < plan.startMs || atMs >= plan.endMs) return undefined;

    const id = `${device.id}:${day.dateKey}:${arrivalNumber}`;
    const result = applyBursts(natural, plan.bursts, atMs);
    // A burst draws from its own stream, so it never shifts the day's other events.
    const steps =
      result === natural ? timings : pathTimings(result.cause, device.traits.poorNetwork, createRandom(deriveSeed(plan.seed, id)));
    return {
      atMs,
      event: {
        id,
        deviceId: device.id,
        occurredAt: new Date(atMs).toISOString(),
        outcome: result.outcome,
        cause: result.cause,
        failedStep: result.cause ? CAUSES[result.cause].steps[0] : null,
        steps,
        badgeCount: day.badges[arrivalNumber]!,
      },
    };
  }
}

/** Devices that restart and stay locked: about every other day, often overnight (updates), until the user unlocks. */
function lockedWindows(device: FleetDevice, random: Random, dayStart: number): [number, number][] {
  const restarts = random.chance(0.5);
  const overnight = random.chance(0.6);
  const start = dayStart + (overnight ? random.int(0, 6 * HOUR_MS) : random.int(0, 22 * HOUR_MS));
  const length = random.int(20 * 60_000, (overnight ? 8 : 2) * HOUR_MS);
  return device.traits.restartsBeforeUnlock && restarts ? [[start, start + length]] : [];
}
