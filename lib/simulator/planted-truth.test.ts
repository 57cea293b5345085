import { describe, expect, it } from "vitest";
import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import type { GroupSettings } from "@/lib/domain/settings";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import type { Burst } from "./bursts";
import { SUPPORTED_GROUP_SETTINGS } from "./delivery-context";
import { generateEvents } from "./events";
import type { Fleet, FleetDevice } from "./fleet";
import { plantedTruth } from "./planted-truth";
import { makeDevice, makeFleet } from "./testing/fleet-factories";

/** Hand-built fleets and events, one per step of the precedence in spec-lead-finding.md. */

const now = new Date("2025-03-05T15:00:00.000Z");
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

let serial = 0;
/** A notification `hoursAgo` before now: rich, or failed with `cause`. */
function shown(device: FleetDevice, hoursAgo: number, cause?: CauseCode): IngestEvent {
  const occurredAt = new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString();
  const base = { id: `e${serial++}`, deviceId: device.id, occurredAt };
  if (!cause) return { ...base, outcome: "rich", cause: null };
  return { ...base, outcome: CAUSES[cause].outcome, cause, failedStep: CAUSES[cause].steps.at(-1)! };
}
function sync(device: FleetDevice, hoursAgo: number): IngestEvent {
  return { id: `e${serial++}`, deviceId: device.id, occurredAt: new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString(), outcome: "sync", delayMs: 600_000 };
}

type Case = { fleet: Fleet; events: IngestEvent[]; groupSettings?: Record<string, GroupSettings>; bursts?: Burst[]; at?: Date };
function truthOf({ fleet, events, groupSettings, bursts = [], at }: Case) {
  return plantedTruth({ fleet, days: 7, seed: 1, now, groupSettings, bursts, at }, events);
}
const idsOf = (truth: ReturnType<typeof truthOf>) => Object.fromEntries([...truth].map(([upn, { findingId }]) => [upn.split("@")[0], findingId]));

const user = (name: string, overrides: Parameters<typeof makeDevice>[0] = {}) => makeDevice({ id: `${name}-phone`, userUpn: `${name}@corp.example`, ...overrides });
const sales = (settings: Partial<GroupSettings>) => ({ Sales: { ...SUPPORTED_GROUP_SETTINGS, ...settings } });

/** Sales: an Exchange certificate incident that started 3 h ago and lasted 2 h, which hits a, b and c. */
const incident: Burst = { group: "Sales", cause: "exchange_tls_failed", startsAt: new Date(now.getTime() - 3 * HOUR_MS), durationMinutes: 120 };
const [a, b, c, bystander] = ["a", "b", "c", "bystander"].map((name) => user(name)) as [FleetDevice, FleetDevice, FleetDevice, FleetDevice];
const incidentEvents = [a, b, c].flatMap((device) => [shown(device, 2.5, "exchange_tls_failed"), shown(device, 0.5)]);

describe("plantedTruth", () => {
  it("1. leads with a group rule that stops all delivery: push off, then network access blocked", () => {
    const denied = user("denied", { iosNotificationsAllowed: false });
    expect(idsOf(truthOf({ fleet: makeFleet([denied]), events: [], groupSettings: sales({ pushNotifications: false, networkAccess: "blocked" }) }))).toEqual({
      denied: "rule:push-notifications",
    });
    expect(idsOf(truthOf({ fleet: makeFleet([denied]), events: [], groupSettings: sales({ networkAccess: "blocked" }) }))).toEqual({ denied: "rule:network-access" });
  });

  it("2. then a device fact that blocks every notification on a device, iOS permission first, over an active incident", () => {
    const denied = user("a", { id: "a-ipad", iosNotificationsAllowed: false, mailNotificationsEnabled: false });
    const switchedOff = user("b", { id: "b-ipad", mailNotificationsEnabled: false });
    const truth = truthOf({ fleet: makeFleet([a, b, c, denied, switchedOff]), events: incidentEvents, bursts: [incident] });
    expect(idsOf(truth)).toMatchObject({ a: "device:ios_notifications_not_allowed", b: "device:mail_notifications_off", c: "group-burst:exchange_tls_failed" });
    expect(truth.get("a@corp.example")!.reason).toContain("iPhone 15");
  });

  it("3. then an active group burst, only for users whose own notifications had its cause, and over rich push being ruled out", () => {
    const derived = user("a", { id: "a-ipad", derivedCredentials: true });
    const truth = truthOf({ fleet: makeFleet([a, b, c, derived, bystander]), events: [...incidentEvents, shown(bystander, 2)], bursts: [incident] });
    expect(idsOf(truth)).toEqual({ a: "group-burst:exchange_tls_failed", b: "group-burst:exchange_tls_failed", c: "group-burst:exchange_tls_failed", bystander: "all-clear" });
    expect(truth.get("b@corp.example")!.reason).toMatch(/active.*3 users hit/);
  });

  it("treats a burst that hit fewer than three users, or of a device-state cause, as each user's own", () => {
    const two = truthOf({ fleet: makeFleet([a, b]), events: incidentEvents.filter((event) => event.deviceId !== c.id), bursts: [incident] });
    expect(idsOf(two)).toEqual({ a: "events:exchange_tls_failed", b: "events:exchange_tls_failed" });
    const lockedWave: Burst = { ...incident, cause: "container_locked" };
    const wave = [a, b, c].flatMap((device) => [1, 1.2, 1.4].map((hours) => shown(device, hours, "container_locked")));
    expect(new Set(Object.values(idsOf(truthOf({ fleet: makeFleet([a, b, c]), events: wave, bursts: [lockedWave] }))))).toEqual(new Set(["events:container_locked"]));
  });

  it("4. then rich push ruled out: the first failing group rule in rule order, and a group rule over derived credentials", () => {
    const derived = user("derived", { derivedCredentials: true });
    const plain = user("plain");
    const fleet = makeFleet([derived, plain]);
    const events = [sync(derived, 1), sync(plain, 1)];
    expect(idsOf(truthOf({ fleet, events, groupSettings: sales({ lockScreenNotifications: "count_only", authentication: "modern_auth_o365" }) }))).toEqual({
      derived: "rule:lock-screen-notifications",
      plain: "rule:lock-screen-notifications",
    });
    expect(idsOf(truthOf({ fleet, events, groupSettings: sales({ backgroundNetworkServices: [], intuneManaged: true }) }))).toEqual({
      derived: "rule:background-network-services",
      plain: "rule:background-network-services",
    });
    expect(idsOf(truthOf({ fleet, events, groupSettings: sales({ intuneManaged: true }) })).plain).toBe("rule:intune-integration");
    expect(idsOf(truthOf({ fleet, events }))).toEqual({ derived: "device:derived_credentials", plain: "all-clear" });
  });

  it("names Low Power Mode first, then Background App Refresh, as why sync-time mail is late or missing", () => {
    const tired = user("tired", { lowPowerMode: true, backgroundAppRefresh: false });
    const truth = truthOf({ fleet: makeFleet([tired]), events: [], groupSettings: sales({ authentication: "modern_auth_o365" }) });
    expect(truth.get("tired@corp.example")).toEqual({
      findingId: "rule:authentication",
      reason: expect.stringMatching(/Low Power Mode, Background App Refresh off/),
    });
  });

  it("5. then no device when none has reported", () => {
    const truth = truthOf({ fleet: makeFleet([a], [{ upn: "new@corp.example", group: "Sales" }]), events: [] });
    expect(idsOf(truth)).toEqual({ a: "all-clear", new: "device:none" });
  });

  it("6. then the user's own dominant recent cause, named after its most common cause, over a burst that is over", () => {
    const stale = user("stale", { traits: { staleCredentials: true } });
    const locked = user("locked", { traits: { restartsBeforeUnlock: true } });
    const share = user("share");
    const over: Burst = { group: "Sales", cause: "gateway_tls_failed", startsAt: new Date(now.getTime() - 12 * HOUR_MS), durationMinutes: 60 };
    const hitByOver = [stale, locked, share].map((device) => shown(device, 11.5, "gateway_tls_failed"));
    const events = [
      ...hitByOver,
      ...[1, 2, 3].map((hours) => shown(stale, hours, "credentials_stale")),
      // Grouped with container_locked (a restart before unlock): three together dominate, the lead is the more common one.
      shown(locked, 1, "container_locked"),
      shown(locked, 2, "credentials_unavailable"),
      shown(locked, 3, "container_locked"),
      // EWS did not answer for three of the day's four notifications, one of them recent: at least half, so dominant.
      shown(share, 1, "ews_timeout"),
      shown(share, 20, "ews_no_response"),
      shown(share, 20.5, "ews_no_response"),
    ];
    const truth = truthOf({ fleet: makeFleet([stale, locked, share]), events, bursts: [over] });
    expect(idsOf(truth)).toEqual({ stale: "events:credentials_stale", locked: "events:container_locked", share: "events:ews_no_response" });
    expect(truth.get("stale@corp.example")!.reason).toMatch(/stale credentials/);
    expect(truth.get("locked@corp.example")!.reason).toMatch(/restarted, not unlocked/);
  });

  it("7. then a group burst that ended within the day and hit the user; 8. then any other own cause of the day; 9. else all clear", () => {
    const over: Burst = { group: "Sales", cause: "gateway_tls_failed", startsAt: new Date(now.getTime() - 12 * HOUR_MS), durationMinutes: 60 };
    const [hit, other, old, clear] = ["hit", "other", "old", "clear"].map((name) => user(name)) as [FleetDevice, FleetDevice, FleetDevice, FleetDevice];
    const events = [
      ...[hit, a, b].map((device) => shown(device, 11.5, "gateway_tls_failed")),
      shown(hit, 10, "ews_timeout"),
      // One own cause in the last day, not dominant (one of three, none in the last 6 h).
      shown(other, 10, "channel_failed"),
      shown(other, 2),
      shown(other, 1),
      // An own cause older than a day does not count.
      ...[30, 31, 32].map((hours) => shown(old, hours, "credentials_stale")),
      shown(clear, 1),
    ];
    const truth = truthOf({ fleet: makeFleet([hit, other, old, clear, a, b]), events, bursts: [over] });
    expect(idsOf(truth)).toMatchObject({ hit: "group-burst:gateway_tls_failed", other: "events:channel_failed", old: "all-clear", clear: "all-clear" });
    expect(truth.get("hit@corp.example")!.reason).toContain("over");
  });

  it("evaluates at the diagnosis time: an active burst is over six hours after it was last seen, and over a day later it is gone", () => {
    const fleet = makeFleet([a, b, c]);
    const at = (hours: number) => idsOf(truthOf({ fleet, events: incidentEvents, bursts: [incident], at: new Date(now.getTime() + hours * HOUR_MS) })).a;
    expect(at(0)).toBe("group-burst:exchange_tls_failed");
    const late = truthOf({ fleet, events: incidentEvents, bursts: [incident], at: new Date(now.getTime() + 5 * HOUR_MS) });
    expect(late.get("a@corp.example")!.reason).toContain("over");
    expect(at(23)).toBe("all-clear");
  });

  it("derives the truth from generated events without changing them, the same when fed the same events", () => {
    const fleet = makeFleet([a, b, c, bystander]);
    const options = { fleet, days: 1, seed: 5, now, bursts: [incident] };
    const truth = plantedTruth(options);
    expect(plantedTruth(options, generateEvents(options))).toEqual(truth);
    expect(truth.size).toBe(4);
    expect(truth.get("a@corp.example")!.findingId).toBe("group-burst:exchange_tls_failed");
  });
});
