import { describe, expect, it } from "vitest";
import { CAUSES, INBOX_ACTIVITIES, STEPS } from "@/lib/domain/outcomes";
import { deviceSnapshotSchema, directoryUsersBodySchema, ingestEventSchema, type IngestEvent } from "@/lib/telemetry/schemas";
import type { Burst } from "./bursts";
import { countEvents, generateEvents, type EventsOptions } from "./events";
import { SUPPORTED_GROUP_SETTINGS } from "./delivery-context";
import { DEFAULT_GROUPS, deviceSnapshot, generateFleet, type FleetDevice } from "./fleet";

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

  it("stops the step timings at the failed step, one of the cause's steps", () => {
    for (const event of events) {
      if (event.outcome === "sync") continue;
      const steps = event.steps!;
      if (event.outcome === "rich") {
        expect(steps.map((timing) => timing.step)).toEqual([...STEPS]);
        expect(steps.every((timing) => timing.ok)).toBe(true);
        expect(event.failedStep).toBeNull();
        continue;
      }
      const failedStep = event.failedStep!;
      expect(CAUSES[event.cause!].steps).toContain(failedStep);
      expect(steps.map((timing) => timing.step)).toEqual(STEPS.slice(0, STEPS.indexOf(failedStep) + 1));
      expect(steps.at(-1)).toMatchObject({ step: failedStep, ok: false });
      if (event.cause === "ews_timeout" || event.cause === "ews_no_response") expect(steps.at(-1)!.durationMs).toBeGreaterThanOrEqual(30_000);
    }
  });

  it("says whether the gateway or EWS failed for channel_failed, and has a gateway on the path only through a tunnel", () => {
    const run = (groupSettings?: EventsOptions["groupSettings"], bursts: Burst[] = []) => [...generateEvents({ fleet, days: 7, seed: 7, now, bursts, groupSettings })];
    const channel = (played: IngestEvent[]) => played.filter((event) => event.cause === "channel_failed");
    const tunnelled = run();
    expect(new Set(channel(tunnelled).map((event) => event.failedStep))).toEqual(new Set(["gateway_connect", "exchange_connect"]));

    const unrestricted = { ...SUPPORTED_GROUP_SETTINGS, networkAccess: "unrestricted" as const };
    const gatewayOutage: Burst = { group: "Sales", cause: "gateway_tls_failed", startsAt: new Date(now.getTime() - 5 * HOUR_MS), durationMinutes: 60 };
    const direct = run(Object.fromEntries(DEFAULT_GROUPS.map((group) => [group, unrestricted])), [gatewayOutage]);
    expect(channel(direct).length).toBeGreaterThan(0);
    expect(new Set(channel(direct).map((event) => event.failedStep))).toEqual(new Set(["exchange_connect"]));
    // No gateway step, no gateway failure, and a gateway outage does not touch a direct path.
    expect(direct.filter((event) => event.steps?.some((timing) => timing.step === "gateway_connect"))).toEqual([]);
    expect(direct.filter((event) => event.failedStep === "gateway_connect")).toEqual([]);
    expect(direct.filter((event) => event.outcome === "rich").length / direct.length).toBeGreaterThan(0.85);
  });

  it("tells each push's Inbox activity, mostly new mail, the same on every device of the user", () => {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.activity!, (counts.get(event.activity!) ?? 0) + 1);
    expect(new Set(counts.keys())).toEqual(new Set(INBOX_ACTIVITIES));
    expect(counts.get("new_mail")! / events.length).toBeGreaterThan(0.75);
    expect(counts.get("meeting_request")! / events.length).toBeGreaterThan(0.03);
    // Ids end in the mail's arrival number that day, so a user's devices share the part after the device id.
    const byMail = new Map<string, Set<string>>();
    for (const event of events) {
      const mail = `${deviceOf(event).userUpn}:${event.id.slice(event.deviceId.length)}`;
      byMail.set(mail, (byMail.get(mail) ?? new Set()).add(event.activity!));
    }
    expect([...byMail.values()].filter((activities) => activities.size > 1)).toEqual([]);
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

  it("shows only sync notifications, without a cause, on devices enrolled with derived credentials", () => {
    const derived = events.filter((event) => deviceOf(event).derivedCredentials);
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.filter((event) => event.outcome !== "sync")).toEqual([]);
    expect(derived.filter((event) => event.cause != null || event.failedStep != null || event.steps !== undefined)).toEqual([]);
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
    const salesAll = events.filter((event) => deviceOf(event).group === "Sales");
    const inBurst = (event: IngestEvent) => Date.parse(event.occurredAt) >= start && Date.parse(event.occurredAt) < start + 2 * HOUR_MS;
    // Devices without rich push have no path to fail on: the incident never touches them.
    const syncDuring = salesAll.filter((event) => event.outcome === "sync" && inBurst(event));
    expect(syncDuring.length).toBeGreaterThan(0);
    expect(syncDuring.filter((event) => event.cause != null)).toEqual([]);
    const sales = salesAll.filter((event) => event.outcome !== "sync");
    const during = sales.filter(inBurst);
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

  it("follows each group's settings with each device's facts: sync without a cause when a rule fails, nothing when push is off", () => {
    const groupSettings: EventsOptions["groupSettings"] = {
      Support: { ...SUPPORTED_GROUP_SETTINGS, backgroundNetworkServices: [] },
      Finance: { ...SUPPORTED_GROUP_SETTINGS, pushNotifications: false },
      Executives: { ...SUPPORTED_GROUP_SETTINGS, networkAccess: "blocked" },
      Sales: SUPPORTED_GROUP_SETTINGS,
    };
    const played = [...generateEvents({ fleet, days: 1, seed: 7, now, groupSettings })];
    const support = played.filter((event) => deviceOf(event).group === "Support");
    expect(support.length).toBeGreaterThan(0);
    expect(support.filter((event) => event.outcome !== "sync")).toEqual([]);
    expect(support.filter((event) => event.cause != null)).toEqual([]);
    expect(played.filter((event) => deviceOf(event).group === "Finance")).toEqual([]);
    expect(played.filter((event) => deviceOf(event).group === "Executives")).toEqual([]);
    // A listed group that supports rich push, and a group not listed, both get it on devices without derived credentials.
    for (const group of ["Sales", "Engineering"]) {
      const plain = played.filter((event) => deviceOf(event).group === group && !deviceOf(event).derivedCredentials);
      expect(plain.length).toBeGreaterThan(0);
      expect(plain.filter((event) => event.outcome === "sync")).toEqual([]);
    }
  });

  it("is the same for the same seed, and a later overlapping run repeats the same events under the same ids, sync ones too", () => {
    const bursts: Burst[] = [];
    const groupSettings = { Support: { ...SUPPORTED_GROUP_SETTINGS, lockScreenNotifications: "count_only" as const } };
    const first = [...generateEvents({ fleet, days: 1, seed: 7, now, bursts, groupSettings })];
    expect(first.filter((event) => event.outcome === "sync").length).toBeGreaterThan(500);
    expect([...generateEvents({ fleet, days: 1, seed: 7, now, bursts, groupSettings })]).toEqual(first);
    const later = [...generateEvents({ fleet, days: 1, seed: 7, now: new Date(now.getTime() + 5 * HOUR_MS), bursts, groupSettings })];
    const laterById = new Map(later.map((event) => [event.id, event]));
    const overlap = first.filter((event) => Date.parse(event.occurredAt) >= now.getTime() + 5 * HOUR_MS - 24 * HOUR_MS);
    expect(overlap.length).toBeGreaterThan(1000);
    expect(overlap.map((event) => laterById.get(event.id))).toEqual(overlap);
    const otherSeed = [...generateEvents({ fleet, days: 1, seed: 8, now, bursts, groupSettings })];
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
