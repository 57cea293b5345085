import type { InboxActivity } from "@/lib/domain/outcomes";
import { applyBursts, type Burst } from "./bursts";
import { dateKeyOf, eventIdOf, type EventStream, type StreamPeriod, type TimedEvent } from "./event-stream";
import type { FleetDevice } from "./fleet";
import { lockedWindows } from "./locked-windows";
import { DAY_MS, mailArrivals } from "./mail-arrivals";
import { decideNotification } from "./notification-outcome";
import { pathTimings } from "./notification-path";
import { createRandom, deriveSeed, type Random } from "./random";

/** One rich-push device's notification events over a period, in time order: APNs pushes, the app fetches over EWS. */

export type RichEventPlan = StreamPeriod & {
  /** Whether the app reaches the mail server through Citrix Gateway (tunnel). */
  viaGateway: boolean;
  /** Incidents in the device's group. */
  bursts: readonly Burst[];
};

const PUSH_LATENCY_MS: readonly [number, number] = [200, 4_000];

type DayState = {
  dayStart: number;
  random: Random;
  dateKey: string;
  badges: number[];
  activities: InboxActivity[];
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
 * It holds only the current day's arrival times.
 */
export class RichEventStream implements EventStream {
  private day: DayState;

  constructor(
    private readonly device: FleetDevice,
    private readonly plan: RichEventPlan,
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
    const { times, badges, activities } = mailArrivals(plan.seed, device.userUpn, dayStart, plan.volumeScale);
    const locked = lockedWindows(device, random, dayStart);
    // Push latency can swap two close arrivals, so the device sees them in order of receipt.
    const receivedAt = times.map((arrival) => arrival + random.int(...PUSH_LATENCY_MS));
    const order = receivedAt.map((_, index) => index).sort((a, b) => receivedAt[a]! - receivedAt[b]! || a - b);
    return { dayStart, random, dateKey: dateKeyOf(dayStart), badges, activities, locked, receivedAt, order, position: 0 };
  }

  private play(day: DayState, arrivalNumber: number): TimedEvent | undefined {
    const { device, plan } = this;
    const atMs = day.receivedAt[arrivalNumber]!;
    const isLocked = day.locked.some(([from, to]) => atMs >= from && atMs < to);
    // Drawn even outside the period, so an event's content does not depend on where the period starts.
    const natural = decideNotification(device, plan.viaGateway, isLocked, day.random);
    const timings = pathTimings(natural, device.traits.poorNetwork, plan.viaGateway, day.random);
    if (atMs < plan.startMs || atMs >= plan.endMs) return undefined;

    const id = eventIdOf(device.id, day.dateKey, arrivalNumber);
    const result = applyBursts(natural, plan.bursts, atMs, plan.viaGateway);
    // A burst draws from its own stream, so it never shifts the day's other events.
    const steps =
      result === natural ? timings : pathTimings(result, device.traits.poorNetwork, plan.viaGateway, createRandom(deriveSeed(plan.seed, id)));
    return {
      atMs,
      event: {
        id,
        deviceId: device.id,
        occurredAt: new Date(atMs).toISOString(),
        outcome: result.outcome,
        cause: result.cause,
        failedStep: result.failedStep,
        steps,
        activity: day.activities[arrivalNumber]!,
        badgeCount: day.badges[arrivalNumber]!,
      },
    };
  }
}
