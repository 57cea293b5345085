import { describe, expect, it } from "vitest";
import type { GroupSettings } from "@/lib/domain/settings";
import { ingestEventSchema, type IngestEvent } from "@/lib/telemetry/schemas";
import type { Burst } from "./bursts";
import { SUPPORTED_GROUP_SETTINGS } from "./delivery-context";
import { generateEvents } from "./events";
import type { FleetDevice } from "./fleet";
import { DAY_MS, mailArrivals } from "./mail-arrivals";
import { makeDevices, makeFleet } from "./testing/fleet-factories";

/** Devices without rich push (Modern authentication), 7 days, fixed seeds: statistics with generous bounds. */

const now = new Date("2025-03-05T15:00:00.000Z");
const DAYS = 7;
const SEED = 3;
const startMs = now.getTime() - DAYS * DAY_MS;
const MINUTE_MS = 60_000;
const modernAuth: GroupSettings = { ...SUPPORTED_GROUP_SETTINGS, authentication: "modern_auth_o365" };
/** An incident over the whole period: it must never touch a device without rich push. */
const wholePeriodBurst: Burst = { group: "Sales", cause: "exchange_tls_failed", startsAt: new Date(startMs - DAY_MS), durationMinutes: 10 * 24 * 60 };

type Run = { devices: FleetDevice[]; events: IngestEvent[]; shownShare: number; medianDelayMin: number; p90DelayMin: number };

function run(overrides: Parameters<typeof makeDevices>[1] = {}, settings: GroupSettings = modernAuth): Run {
  const devices = makeDevices(120, overrides);
  const events = [...generateEvents({ fleet: makeFleet(devices), days: DAYS, seed: SEED, now, groupSettings: { Sales: settings }, bursts: [wholePeriodBurst] })];
  let mails = 0;
  for (const device of devices) mails += arrivalsOf(device).filter((at) => at >= startMs && at < now.getTime()).length;
  const delays = events.map((event) => event.delayMs! / MINUTE_MS).sort((a, b) => a - b);
  const quantile = (q: number) => delays[Math.floor(q * (delays.length - 1))] ?? Number.NaN;
  return { devices, events, shownShare: events.length / mails, medianDelayMin: quantile(0.5), p90DelayMin: quantile(0.9) };
}

/** Every mail arrival of the user over the period (and the day before, whose mail can be posted inside it). */
function arrivalsOf(device: FleetDevice): number[] {
  const times: number[] = [];
  for (let day = Math.floor(startMs / DAY_MS) * DAY_MS - DAY_MS; day < now.getTime(); day += DAY_MS) times.push(...mailArrivals(SEED, device.userUpn, day, 1).times);
  return times;
}

const good = run();

describe("sync delivery (no rich push)", () => {
  it("posts mail at a background sync minutes after it arrived, never with a cause, a path or an incident", () => {
    expect(good.events.length).toBeGreaterThan(5_000);
    expect(good.events.filter((event) => !ingestEventSchema.safeParse(event).success)).toEqual([]);
    expect(good.events.filter((event) => event.outcome !== "sync")).toEqual([]);
    expect(good.events.filter((event) => "cause" in event || "failedStep" in event || "steps" in event)).toEqual([]);
    // On a good day iOS wakes the app every 10–30 minutes: most mail is posted, minutes late.
    expect(good.shownShare).toBeGreaterThan(0.85);
    expect(good.medianDelayMin).toBeGreaterThan(3);
    expect(good.medianDelayMin).toBeLessThan(20);
    expect(good.p90DelayMin).toBeLessThan(45);
  });

  it("shows each mail when it was posted, late by its delay after the mail's arrival", () => {
    const arrivals = new Map(good.devices.map((device) => [device.id, new Set(arrivalsOf(device))]));
    for (const event of good.events.slice(0, 2_000)) {
      expect(Number.isInteger(event.delayMs) && event.delayMs! > 0).toBe(true);
      expect(arrivals.get(event.deviceId)!.has(Date.parse(event.occurredAt) - event.delayMs!)).toBe(true);
    }
  });

  it("gives every mail one sync posts the unread count for that sync: as it stood after the newest of them", () => {
    const bySync = new Map<string, IngestEvent[]>();
    for (const event of good.events) {
      const key = `${event.deviceId}@${event.occurredAt}`;
      bySync.set(key, [...(bySync.get(key) ?? []), event]);
    }
    const shared = [...bySync.values()].filter((posted) => posted.length > 1);
    expect(shared.length).toBeGreaterThan(100);
    for (const posted of shared) expect(new Set(posted.map((event) => event.badgeCount)).size).toBe(1);
    for (const event of good.events.filter((_, index) => index % 10 === 0)) {
      const [deviceId, date, number] = event.id.split(":") as [string, string, string];
      const device = good.devices.find((candidate) => candidate.id === deviceId)!;
      const dayStart = Date.parse(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T00:00:00Z`);
      // The newest mail before the sync: of the mail's own day, or of the next day for a sync after midnight.
      const [today, tomorrow] = [mailArrivals(SEED, device.userUpn, dayStart, 1), mailArrivals(SEED, device.userUpn, dayStart + DAY_MS, 1)];
      const shownAt = Date.parse(event.occurredAt);
      const newestTomorrow = tomorrow.times.findLastIndex((at) => at < shownAt);
      const newestToday = today.times.findLastIndex((at) => at < shownAt);
      expect(newestToday).toBeGreaterThanOrEqual(Number(number));
      expect(event.badgeCount).toBe(newestTomorrow >= 0 ? tomorrow.badges[newestTomorrow] : today.badges[newestToday]);
    }
  });

  it("misses most mail in Low Power Mode, and posts the rest hours late", () => {
    const lowPower = run({ lowPowerMode: true });
    expect(lowPower.shownShare).toBeLessThan(good.shownShare * 0.5);
    expect(lowPower.medianDelayMin).toBeGreaterThan(60);
  });

  it("posts nothing in the background with Background App Refresh off", () => {
    expect(run({ backgroundAppRefresh: false }).events).toEqual([]);
  });

  it("posts later, and misses more, on a poor network", () => {
    const poor = run({ traits: { poorNetwork: true } });
    expect(poor.shownShare).toBeLessThan(good.shownShare - 0.04);
    expect(poor.shownShare).toBeGreaterThan(0.5);
    expect(poor.medianDelayMin).toBeGreaterThan(good.medianDelayMin * 1.5);
  });

  it("still reports what the device showed when the lock screen policy blocks notifications: the badge", () => {
    const blocked = run({}, { ...SUPPORTED_GROUP_SETTINGS, lockScreenNotifications: "block" });
    expect(blocked.events.length).toBeGreaterThan(5_000);
    expect(blocked.events.every((event) => event.outcome === "sync" && Number.isInteger(event.badgeCount))).toBe(true);
  });
});
