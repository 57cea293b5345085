import type { InboxActivity } from "@/lib/domain/outcomes";
import { createRandom, deriveSeed } from "./random";

/**
 * When new mail reaches a user's Inbox on one UTC day, what it is (new mail or a meeting item), and
 * the unread count after each arrival.
 * Seeded by user and calendar date only, so every device of the user sees the same mail, and a
 * later run regenerates exactly the same arrivals for days it already sent.
 */

export const DAY_MS = 86_400_000;
/** Last moment a mail may arrive, leaving room for push latency before the day ends. */
const LATEST_IN_DAY_MS = DAY_MS - 10_000;
const WORKDAY_START_MS = 7 * 3_600_000;
const WORKDAY_LENGTH_MS = 12 * 3_600_000;
const WORKDAY_SHARE = 0.8;
/** Weekends bring about a third of a weekday's mail. */
const WEEKEND_FACTOR = 0.3;

export type MailArrivals = {
  /** Arrival times in epoch milliseconds, ascending. */
  times: number[];
  /** Unread count in the Exchange Inbox right after each arrival: what the app badge shows. */
  badges: number[];
  /** The Inbox activity each arrival is; the same on every device of the user. */
  activities: InboxActivity[];
};

/** Most Inbox pushes are new mail; meeting requests, updates and cancellations make up the rest. */
const ACTIVITY_WEIGHTS: readonly (readonly [InboxActivity, number])[] = [
  ["new_mail", 85],
  ["meeting_request", 8],
  ["meeting_update", 5],
  ["meeting_cancellation", 2],
];

/** A user's typical number of new mails per weekday: most get 10–40, a few get many more. */
export function dailyMailVolume(seed: number, userUpn: string): number {
  const random = createRandom(deriveSeed(seed, "volume", userUpn));
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(150, Math.max(3, Math.exp(Math.log(22) + 0.55 * normal)));
}

/** Share of a weekday's volume that arrives on the UTC day starting at `dayStartMs`. */
export function weekdayFactor(dayStartMs: number): number {
  const weekday = new Date(dayStartMs).getUTCDay();
  return weekday === 0 || weekday === 6 ? WEEKEND_FACTOR : 1;
}

export function mailArrivals(seed: number, userUpn: string, dayStartMs: number, volumeScale: number): MailArrivals {
  const random = createRandom(deriveSeed(seed, "mail", userUpn, dayStartMs));
  const count = random.poisson(dailyMailVolume(seed, userUpn) * volumeScale * weekdayFactor(dayStartMs));

  const times = Array.from({ length: count }, () => {
    const offset = random.chance(WORKDAY_SHARE)
      ? WORKDAY_START_MS + random.next() * WORKDAY_LENGTH_MS
      : random.next() * LATEST_IN_DAY_MS;
    return dayStartMs + Math.floor(offset);
  }).sort((a, b) => a - b);

  // Between arrivals the user reads some mail elsewhere (desktop, web), which lowers the badge.
  let unread = random.int(0, 8);
  const badges = times.map(() => {
    if (random.chance(0.35)) unread = Math.floor(unread * random.next());
    unread += 1;
    return unread;
  });
  // Drawn last, so the arrival times and badges are the same as before activities were modelled.
  const activities = times.map(() => random.weighted(ACTIVITY_WEIGHTS));
  return { times, badges, activities };
}
