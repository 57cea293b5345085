import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { UserDiagnosisInput } from "@/lib/domain/diagnosis";
import { diagnosisInputFor, loadDiagnosisData } from "@/lib/helpdesk/get-user-diagnosis";
import { groupCauseStatsFromEvents } from "@/lib/helpdesk/group-cause-stats-from-events";
import { RECENT_WINDOW_MS, type RecentEventRow } from "@/lib/helpdesk/recent-events";
import { unique } from "@/lib/ingest/testing/ingest-fixtures";
import { DEMO_GROUPS } from "@/lib/seed/demo-groups";
import { storeSimulatedFleet } from "@/lib/seed/store-simulated-fleet";
import { generateEvents } from "@/lib/simulator/events";
import { generateFleet } from "@/lib/simulator/fleet";
import { settingsToRecord } from "@/lib/policies/settings-record";
import { buildDiagnosisInput } from "./diagnosis-input";

/** The benchmark's in-memory input is the helpdesk's, for a simulated fleet stored through the ingestion operations. */

/** What may differ: the user's id (a UUID in the database), the devices' lastSeenAt (the server's receipt time), the order of events at the same instant. */
function comparable(input: UserDiagnosisInput | null) {
  if (!input) return null;
  return {
    ...input,
    user: { ...input.user, id: "" },
    devices: input.devices.map((device) => ({ ...device, lastSeenAt: "" })).sort((a, b) => a.id.localeCompare(b.id)),
    events: [...input.events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.id.localeCompare(b.id)),
  };
}

describe("buildDiagnosisInput", () => {
  it("gives the input get-user-diagnosis builds from the database", async () => {
    const now = new Date();
    const seed = randomInt(1, 2 ** 31);
    // Two demo settings: rich push (Sales) and sync-time notifications (Support), in groups of this test's own.
    const demo = DEMO_GROUPS.filter((group) => group.name === "Sales" || group.name === "Support");
    const groups = await Promise.all(
      demo.map((group) =>
        db().deliveryGroup.create({ data: { name: unique(group.name), settings: { create: settingsToRecord(group.settings) } }, select: { id: true, name: true } }),
      ),
    );
    const settingsByGroup = Object.fromEntries(groups.map((group, index) => [group.name, demo[index]!.settings]));
    const fleet = generateFleet({ users: 12, seed, groups: groups.map((group) => group.name), domain: `${unique("input")}.example` });
    const bursts = [{ group: groups[0]!.name, cause: "exchange_tls_failed" as const, startsAt: new Date(now.getTime() - 3 * 3_600_000), durationMinutes: 60 }];
    const events = [...generateEvents({ fleet, days: 8, seed, now, bursts, groupSettings: settingsByGroup })];
    await storeSimulatedFleet(fleet, events, now);

    const owner = new Map(fleet.devices.map((device) => [device.id, device]));
    const rows = (upn: string): RecentEventRow[] =>
      events
        .filter((event) => owner.get(event.deviceId)!.userUpn === upn)
        .map((event) => ({ id: event.id, deviceId: event.deviceId, occurredAt: new Date(event.occurredAt), outcome: event.outcome, cause: event.cause ?? null, failedStep: event.failedStep ?? null, badgeCount: event.badgeCount ?? null, delayMs: event.delayMs ?? null, activity: event.activity ?? null }));
    const dayEvents = (group: string) =>
      events.filter((event) => owner.get(event.deviceId)!.group === group).map((event) => ({ userId: owner.get(event.deviceId)!.userUpn, occurredAtMs: Date.parse(event.occurredAt), outcome: event.outcome, cause: event.cause }));

    let withEvents = 0;
    for (const user of fleet.users) {
      const stored = await db().directoryUser.findUniqueOrThrow({ where: { upn: user.upn }, select: { id: true } });
      const fromDatabase = diagnosisInputFor(await loadDiagnosisData(stored.id, now), now.toISOString());
      const devices = fleet.devices.filter((device) => device.userUpn === user.upn);
      const inMemory = buildDiagnosisInput(user, settingsByGroup[user.group]!, devices, rows(user.upn), groupCauseStatsFromEvents(dayEvents(user.group), now), now);
      expect(comparable(inMemory)).toEqual(comparable(fromDatabase));
      if (inMemory.events.length > 0) withEvents += 1;
      // Older than the week: left out by both.
      expect(inMemory.events.every((event) => Date.parse(event.occurredAt) > now.getTime() - RECENT_WINDOW_MS)).toBe(true);
    }
    expect(withEvents).toBeGreaterThan(5);
  });
});
