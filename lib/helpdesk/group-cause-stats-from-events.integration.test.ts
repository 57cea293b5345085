import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeGroup, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { storeSimulatedFleet } from "@/lib/seed/store-simulated-fleet";
import { SUPPORTED_GROUP_SETTINGS } from "@/lib/simulator/delivery-context";
import { generateEvents } from "@/lib/simulator/events";
import { generateFleet } from "@/lib/simulator/fleet";
import { groupCauseStats } from "./group-cause-stats";
import { groupCauseStatsFromEvents } from "./group-cause-stats-from-events";

describe("groupCauseStatsFromEvents", () => {
  it("gives exactly what the SQL gives for the same stored events", async () => {
    const group = await makeGroup();
    const now = new Date();
    // A seed and a domain of its own, so no other test's users or devices are the same.
    const seed = randomInt(1, 2 ** 31);
    const fleet = generateFleet({ users: 40, seed, groups: [group.name], domain: `${unique("stats")}.example` });
    const bursts = [{ group: group.name, cause: "exchange_tls_failed" as const, startsAt: new Date(now.getTime() - 5 * 3_600_000), durationMinutes: 90 }];
    // Some devices without rich push (derived credentials) add sync events, which the statistics leave out.
    const events = [...generateEvents({ fleet, days: 2, seed, now, bursts, groupSettings: { [group.name]: SUPPORTED_GROUP_SETTINGS } })];
    const stored = await storeSimulatedFleet(fleet, events, now);
    expect(stored.events).toBe(events.length);

    const owner = new Map(fleet.devices.map((device) => [device.id, device.userUpn]));
    const inMemory = groupCauseStatsFromEvents(
      events.map((event) => ({ userId: owner.get(event.deviceId)!, occurredAtMs: Date.parse(event.occurredAt), outcome: event.outcome, cause: event.cause })),
      now,
    );
    expect(inMemory.causes.length).toBeGreaterThan(1);
    expect(inMemory.groupTotal).toBeGreaterThan(500);
    expect(inMemory).toEqual(await groupCauseStats(group.id, now));
  });
});
