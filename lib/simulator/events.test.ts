import { describe, expect, it } from "vitest";
import { CAUSES, STEPS } from "@/lib/domain/outcomes";
import { deviceSnapshotSchema, directoryUsersBodySchema, ingestEventSchema, type IngestEvent } from "@/lib/telemetry/schemas";
import type { Burst } from "./bursts";
import { countEvents, generateEvents, type EventsOptions } from "./events";
import { deviceSnapshot, generateFleet, type FleetDevice } from "./fleet";

const now = new Date("2025-03-05T15:00:00.000Z");
const fleet = generateFleet({ users: 200, seed: 7 });
const events = [...generateEvents({ fleet, days: 2, seed: 7, now })];
const deviceById = new Map(fleet.devices.map((device) => [device.id, device]));
const deviceOf = (event: IngestEvent): FleetDevice => deviceById.get(event.deviceId)!;
const HOUR_MS = 3_600_000;

describe("generateEvents", () => {
  it("produces users, devices and events that all pass the ingestion schemas", () => {
    expect(directoryUsersBodySchema.safeParse({ users: fleet.users }).success).toBe(true);
    for (const device of fleet.devices) expect(deviceSnapshotSchema.safeParse(deviceSnapshot(device, now)).success).toBe(true);
    expect(events.length).toBeGreaterThan(5000);
    const invalid = events.filter((event) => !ingestEventSchema.safeParse(event).success);
    expect(invalid).toEqual([]);
  });

  it("emits events in time order within the period, each id once", () => {
    const times = events.map((event) => Date.parse(event.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]!).toBeGreaterThanOrEqual(now.getTime() - 2 * 24 * HOUR_MS);
    expect(times.at(-1)!).toBeLessThan(now.getTime());
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it("is mostly rich, with every generic and failure cause the fleet's traits call for", () => {
    const rich = events.filter((event) => event.outcome === "rich").length;
    expect(rich / events.length).toBeGreaterThan(0.85);
    const causes = new Set(events.map((event) => event.cause));
    for (const cause of ["ews_no_response", "container_locked", "credentials_stale", "exchange_tls_failed", "gateway_tls_failed"]) {
      expect(causes).toContain(cause);
    }
  });

  it("stops the step timings at the cause's step, which failed", () => {
    for (const event of events) {
      const steps = event.steps!;
      if (event.outcome === "rich") {
        expect(steps.map((timing) => timing.step)).toEqual([...STEPS]);
        expect(steps.every((timing) => timing.ok)).toBe(true);
        continue;
      }
      const failedStep = CAUSES[event.cause!].steps[0];
      expect(event.failedStep).toBe(failedStep);
      expect(steps.map((timing) => timing.step)).toEqual(STEPS.slice(0, STEPS.indexOf(failedStep) + 1));
      expect(steps.at(-1)).toMatchObject({ step: failedStep, ok: false });
      if (event.cause === "ews_timeout" || event.cause === "ews_no_response") expect(steps.at(-1)!.durationMs).toBeGreaterThanOrEqual(30_000);
    }
  });

  it("gives a badge count to every event", () => {
    expect(events.every((event) => Number.isInteger(event.badgeCount) && event.badgeCount! >= 1)).toBe(true);
  });

  it("reports nothing from devices with Mail Notifications or iOS notifications off", () => {
    const silent = fleet.devices.filter((device) => !device.mailNotificationsEnabled || !device.iosNotificationsAllowed);
    expect(silent.length).toBeGreaterThan(0);
    const silentIds = new Set(silent.map((device) => device.id));
    expect(events.filter((event) => silentIds.has(event.deviceId))).toEqual([]);
  });

  it("never shows rich notifications on devices enrolled with derived credentials", () => {
    const derived = events.filter((event) => deviceOf(event).derivedCredentials);
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.filter((event) => event.outcome === "rich")).toEqual([]);
  });

  it("turns every notification from a device with stale credentials into a credentials_stale generic, outside incidents", () => {
    const stale = [...generateEvents({ fleet, days: 2, seed: 7, now, bursts: [] })].filter((event) => {
      const device = deviceOf(event);
      return device.traits.staleCredentials && !device.traits.restartsBeforeUnlock && !device.derivedCredentials;
    });
    expect(stale.length).toBeGreaterThan(0);
    expect(new Set(stale.map((event) => event.cause))).toEqual(new Set(["credentials_stale"]));
  });

  it("fails every Sales notification that reaches Exchange with exchange_tls_failed during the two-hour incident", () => {
    const start = now.getTime() - 6 * HOUR_MS;
    const sales = events.filter((event) => deviceOf(event).group === "Sales");
    const during = sales.filter((event) => Date.parse(event.occurredAt) >= start && Date.parse(event.occurredAt) < start + 2 * HOUR_MS);
    expect(during.length).toBeGreaterThan(20);
    const reachedExchange = during.filter((event) => !event.failedStep || STEPS.indexOf(event.failedStep) >= STEPS.indexOf("exchange_connect"));
    expect(reachedExchange.every((event) => event.cause === "exchange_tls_failed")).toBe(true);
    expect(during.filter((event) => event.cause === "exchange_tls_failed").length / during.length).toBeGreaterThan(0.9);
    const outside = sales.filter((event) => !during.includes(event));
    expect(outside.filter((event) => event.cause === "exchange_tls_failed")).toEqual([]);
  });

  it("plays the incidents it is given instead of the default ones", () => {
    const burst: Burst = { group: "Finance", cause: "gateway_unreachable", startsAt: new Date(now.getTime() - 3 * HOUR_MS), durationMinutes: 30 };
    const played = [...generateEvents({ fleet, days: 1, seed: 7, now, bursts: [burst] })];
    expect(played.some((event) => event.cause === "exchange_tls_failed")).toBe(false);
    const finance = played.filter((event) => deviceOf(event).group === "Finance" && event.cause === "gateway_unreachable");
    expect(finance.length).toBeGreaterThan(0);
  });

  it("shows no rich notifications in a group whose settings do not support rich push, and nothing when push is off", () => {
    const verdict: EventsOptions["groupSettingsVerdict"] = {
      Support: { richPushSupported: false, checks: [{ id: "background-network-services", status: "fail" }] },
      Finance: { richPushSupported: false, checks: [{ id: "push-notifications", status: "fail" }] },
    };
    const played = [...generateEvents({ fleet, days: 1, seed: 7, now, groupSettingsVerdict: verdict, bursts: [] })];
    const support = played.filter((event) => deviceOf(event).group === "Support");
    expect(support.length).toBeGreaterThan(0);
    expect(support.filter((event) => event.outcome === "rich")).toEqual([]);
    expect(support.filter((event) => event.cause === "channel_failed").length / support.length).toBeGreaterThan(0.8);
    expect(played.filter((event) => deviceOf(event).group === "Finance")).toEqual([]);
  });

  it("is the same for the same seed, and a later overlapping run repeats the same events under the same ids", () => {
    const bursts: Burst[] = [];
    const first = [...generateEvents({ fleet, days: 1, seed: 7, now, bursts })];
    expect([...generateEvents({ fleet, days: 1, seed: 7, now, bursts })]).toEqual(first);
    const later = [...generateEvents({ fleet, days: 1, seed: 7, now: new Date(now.getTime() + 5 * HOUR_MS), bursts })];
    const laterById = new Map(later.map((event) => [event.id, event]));
    const overlap = first.filter((event) => Date.parse(event.occurredAt) >= now.getTime() + 5 * HOUR_MS - 24 * HOUR_MS);
    expect(overlap.length).toBeGreaterThan(1000);
    expect(overlap.map((event) => laterById.get(event.id))).toEqual(overlap);
    const otherSeed = [...generateEvents({ fleet, days: 1, seed: 8, now, bursts })];
    expect(otherSeed).not.toEqual(first);
  });

  it("scales the volume to ratePerMinute", () => {
    const options = { fleet, days: 1, seed: 7, now, bursts: [] };
    const slow = countEvents({ ...options, ratePerMinute: 5 });
    const fast = countEvents({ ...options, ratePerMinute: 10 });
    // Devices that show nothing, and missed syncs, keep the count a little under the nominal rate.
    expect(slow).toBeGreaterThan(5 * 1440 * 0.75);
    expect(slow).toBeLessThan(5 * 1440 * 1.1);
    expect(fast / slow).toBeGreaterThan(1.8);
    expect(fast / slow).toBeLessThan(2.2);
  });

  it("rejects a period that is not positive", () => {
    expect(() => generateEvents({ fleet, days: 0, seed: 7, now }).next()).toThrow(/days/);
  });
});
