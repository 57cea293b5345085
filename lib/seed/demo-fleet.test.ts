import { describe, expect, it } from "vitest";
import { demoEventsOptions, demoPlantedTruth, DEMO_USERS } from "./demo-fleet";
import { DEMO_GROUPS } from "./demo-groups";

/** The demo's planted truth, regenerated from the demo groups and a seeding time, as an end-to-end test would. */

const seededAt = new Date("2026-12-01T15:00:00.000Z");
const truth = demoPlantedTruth(DEMO_GROUPS, seededAt);
const groupOf = new Map(demoEventsOptions(DEMO_GROUPS, seededAt).fleet.users.map((user) => [user.upn, user.group]));
const leadsIn = (group: string, of = truth) => [...of].filter(([upn]) => groupOf.get(upn) === group).map(([, { findingId }]) => findingId);
const DEVICE_BLOCKS = ["device:ios_notifications_not_allowed", "device:mail_notifications_off"];

describe("demoPlantedTruth", () => {
  it("names one lead finding, with a reason, for every demo user, the same every time", () => {
    expect(truth.size).toBe(DEMO_USERS);
    expect([...truth.values()].every(({ reason }) => reason.length > 10)).toBe(true);
    expect(demoPlantedTruth(DEMO_GROUPS, seededAt)).toEqual(truth);
  });

  it("leads with each group's failing rule, unless a device shows nothing at all", () => {
    const expected = { Finance: "rule:background-network-services", Support: "rule:lock-screen-notifications", Executives: "rule:authentication" };
    for (const [group, rule] of Object.entries(expected)) {
      const leads = leadsIn(group);
      expect(leads.length).toBeGreaterThan(0);
      expect(leads.filter((lead) => lead !== rule && !DEVICE_BLOCKS.includes(lead))).toEqual([]);
      expect(leads).toContain(rule);
    }
    for (const group of ["Sales", "Engineering"]) expect(leadsIn(group).filter((lead) => lead.startsWith("rule:"))).toEqual([]);
  });

  it("leads most of Sales with the active Exchange certificate incident", () => {
    const sales = leadsIn("Sales");
    expect(sales.filter((lead) => lead === "group-burst:exchange_tls_failed").length / sales.length).toBeGreaterThan(0.5);
  });

  it("follows the diagnosis time: two days after seeding no incident and no own cause is recent any more", () => {
    const later = demoPlantedTruth(DEMO_GROUPS, seededAt, new Date(seededAt.getTime() + 2 * 86_400_000));
    const leads = [...later.values()].map(({ findingId }) => findingId);
    expect(leads.filter((lead) => lead.startsWith("group-burst:") || lead.startsWith("events:"))).toEqual([]);
    expect(leadsIn("Sales", later).filter((lead) => lead !== "all-clear" && !lead.startsWith("device:"))).toEqual([]);
  });
});
