import type { InboxActivity } from "@/lib/domain/outcomes";
import { catchUps, type CatchUp } from "./background-syncs";
import { dateKeyOf, eventIdOf, type EventStream, type StreamPeriod, type TimedEvent } from "./event-stream";
import type { FleetDevice } from "./fleet";
import { DAY_MS, mailArrivals, type MailArrivals } from "./mail-arrivals";

/**
 * One device without rich push, over a period: a `sync` event for each mail a background sync
 * posted, at the sync (occurredAt = shown, delayMs = shown − arrival). No cause and no path ever:
 * nothing is fetched on push, and incident bursts (which fail a step of the rich path) never apply.
 *
 * A mail the user read in the app before any background sync came (Low Power Mode, Background App
 * Refresh off, a poor network) was never posted, so the device reports nothing for it: the event
 * records what the device showed. A mail still waiting at the end of the period is reported by a
 * later run, under the same id, once its sync has happened.
 */

/** One arrival day's mail; `shownAt[i]` is when mail i was posted, or -1 when it never was. */
type DayState = {
  dayStart: number;
  dateKey: string;
  times: number[];
  activities: InboxActivity[];
  shownAt: number[];
  /** The badge is the unread Inbox count for the sync period: as it stood after the newest mail the sync saw. */
  badgeAt: number[];
  position: number;
};

/** A mail waits at most into the next day: past that it has surely been read in the app. */
const LOOKAHEAD_DAYS = 1;

/** It holds one day's arrival times, as the rich stream does, and makes each event when it is asked for. */
export class SyncEventStream implements EventStream {
  private day: DayState;
  /** The day after the current one, worked out for its early catch-ups and reused when its own mail is played. */
  private nextDay: { dayStart: number; catchUps: CatchUp[]; mail: MailArrivals } | null = null;

  constructor(
    private readonly device: FleetDevice,
    private readonly plan: StreamPeriod,
  ) {
    // Mail of the day before the period can be posted inside it.
    this.day = this.startDay(Math.floor(plan.startMs / DAY_MS) * DAY_MS - LOOKAHEAD_DAYS * DAY_MS);
  }

  next(): TimedEvent | undefined {
    const { plan } = this;
    for (;;) {
      const day = this.day;
      if (day.position === day.times.length) {
        if (day.dayStart + DAY_MS >= plan.endMs) return undefined;
        this.day = this.startDay(day.dayStart + DAY_MS);
        continue;
      }
      const mail = day.position++;
      const atMs = day.shownAt[mail]!;
      if (atMs < plan.startMs || atMs >= plan.endMs) continue;
      return {
        atMs,
        event: {
          id: eventIdOf(this.device.id, day.dateKey, mail),
          deviceId: this.device.id,
          occurredAt: new Date(atMs).toISOString(),
          outcome: "sync",
          delayMs: atMs - day.times[mail]!,
          activity: day.activities[mail]!,
          badgeCount: day.badgeAt[mail]!,
        },
      };
    }
  }

  private dayOf(dayStart: number): { catchUps: CatchUp[]; mail: MailArrivals } {
    if (this.nextDay?.dayStart === dayStart) return this.nextDay;
    const { device, plan } = this;
    return { catchUps: catchUps(device, plan.seed, dayStart), mail: mailArrivals(plan.seed, device.userUpn, dayStart, plan.volumeScale) };
  }

  /**
   * Matches one arrival day's mail to the first catch-up after it. Catch-ups come in time order and
   * so does the mail, so the day's events do too, and they all come before the next day's.
   */
  private startDay(dayStart: number): DayState {
    const today = this.dayOf(dayStart);
    const following = { dayStart: dayStart + DAY_MS, ...this.dayOf(dayStart + DAY_MS) };
    this.nextDay = following;
    const points = [...today.catchUps, ...following.catchUps];
    const { times, badges, activities } = today.mail;
    const shownAt = new Array<number>(times.length).fill(-1);
    const badgeAt = new Array<number>(times.length).fill(0);
    let point = 0;
    let index = 0;
    while (index < times.length) {
      while (point < points.length && points[point]!.atMs <= times[index]!) point++;
      const catchUp = points[point];
      if (!catchUp) break;
      // Every mail that arrived before this catch-up is caught up with at once.
      let last = index;
      while (last + 1 < times.length && times[last + 1]! < catchUp.atMs) last++;
      if (catchUp.kind === "background") {
        // After midnight the newest mail the sync saw may be the next day's.
        const nextDayNewest = catchUp.atMs > following.dayStart ? following.mail.times.findLastIndex((at) => at < catchUp.atMs) : -1;
        const badge = nextDayNewest >= 0 ? following.mail.badges[nextDayNewest]! : badges[last]!;
        for (let mail = index; mail <= last; mail++) {
          shownAt[mail] = catchUp.atMs;
          badgeAt[mail] = badge;
        }
      }
      index = last + 1;
    }
    return { dayStart, dateKey: dateKeyOf(dayStart), times, activities, shownAt, badgeAt, position: 0 };
  }
}
