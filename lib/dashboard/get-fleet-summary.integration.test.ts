import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { storeEvents } from "@/lib/ingest/store-events";
import { makeDevice, richEvent, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { makeCaller } from "@/test/support/factories";
import { purgeOldEvents } from "@/lib/retention/purge-old-events";
import { fleetFigures, getFleetSummary } from "./get-fleet-summary";
import { getFleetTrend } from "./get-fleet-trend";
import { rangeWindow } from "./range";
import { rollupDrift } from "./testing/rollup-drift";

/**
 * A day in the 2110s, chosen at random: the API accepts no time more than an hour ahead, so no
 * other test's events fall in its 24 hours and the figures can be checked exactly. (Not before
 * 2000: the retention test owns that range and counts every event in it.)
 */
function quietDay(): Date {
  return new Date(Date.UTC(2110, 0, 1) + randomInt(3_000) * 86_400_000);
}

describe("fleet summary", () => {
  it("counts the last 24 hours by outcome and cause, and ignores older events", async () => {
    const auditor = await makeCaller("auditor");
    const now = new Date();
    const before = await getFleetSummary(auditor, now);
    const device = await makeDevice();
    const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
    const twoDaysAgo = new Date(now.getTime() - 48 * 3600_000).toISOString();
    await storeEvents([
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo, outcome: "failure", cause: "ews_timeout", failedStep: null, steps: undefined }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: twoDaysAgo }),
    ]);

    const after = await getFleetSummary(auditor, now);
    expect(after.devices - before.devices).toBe(1);
    expect(after.totals.byOutcome.rich - before.totals.byOutcome.rich).toBe(2);
    expect(after.totals.byOutcome.failure - before.totals.byOutcome.failure).toBe(1);
    expect(after.totals.total - before.totals.total).toBe(3);
    const timeouts = (summary: typeof after) => summary.totals.causes.find((row) => row.cause === "ews_timeout")?.count ?? 0;
    expect(timeouts(after) - timeouts(before)).toBe(1);
  });

  it("counts notifications after sync in the outcome shares and on their own line, never among the problems", async () => {
    const auditor = await makeCaller("auditor");
    const now = quietDay();
    const at = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const [first, second] = [await makeDevice(), await makeDevice()];
    await storeEvents([
      richEvent(first.deviceId, { occurredAt: at(1), outcome: "sync", delayMs: 600_000, activity: "new_mail", badgeCount: 4 }),
      richEvent(first.deviceId, { occurredAt: at(2), outcome: "sync", delayMs: 1_800_000 }),
      richEvent(second.deviceId, { occurredAt: at(3), outcome: "sync", delayMs: 3_600_000 }),
      richEvent(second.deviceId, { occurredAt: at(3), outcome: "sync" }), // no delay reported
      richEvent(second.deviceId, { occurredAt: at(4), outcome: "generic", cause: "container_locked" }),
      richEvent(second.deviceId, { occurredAt: at(5) }),
      richEvent(second.deviceId, { occurredAt: at(30), outcome: "sync", delayMs: 60_000 }), // older than 24 h
    ]);
    // A stored sync row that carries a cause (never accepted by the API, but the column allows it) is still no problem.
    await db().notificationEvent.create({
      data: { id: unique("e"), deviceId: second.deviceId, userId: second.userId, groupId: second.groupId, occurredAt: new Date(at(1)), outcome: "sync", cause: "ews_timeout" },
    });

    const summary = await getFleetSummary(auditor, now);
    expect(summary.totals.byOutcome).toEqual({ rich: 1, sync: 5, generic: 1, failure: 0 });
    expect(summary.totals.total).toBe(7);
    expect(summary.totals.sync).toEqual({ count: 5, users: 2, groups: 2, medianDelayMs: 1_800_000 });
    expect(summary.totals.causes).toEqual([{ cause: "container_locked", count: 1, groups: 1, users: 1 }]);
  });

  it("has no median delay when no sync notification reported one", async () => {
    const summary = await getFleetSummary(await makeCaller("auditor"), quietDay());
    expect(summary.totals.sync).toEqual({ count: 0, users: 0, groups: 0, medianDelayMs: null });
  });

  it("needs a signed-in console user", async () => {
    await expect(getFleetSummary(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getFleetTrend(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("covers whole hours over 24 h, 7 and 30 days, with bars that add up to the totals", async () => {
    const auditor = await makeCaller("auditor");
    const now = new Date(quietDay().getTime() + 30 * 60_000); // half past midnight: the current hour counts whole
    const at = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const device = await makeDevice();
    await storeEvents([
      richEvent(device.deviceId, { occurredAt: at(0.25) }),
      richEvent(device.deviceId, { occurredAt: at(23) }), // 01:30 the day before: in this hour and the 23 before it
      richEvent(device.deviceId, { occurredAt: at(24) }), // 00:30 the day before: an hour earlier, outside
      richEvent(device.deviceId, { occurredAt: at(30), outcome: "failure", cause: "gateway_unreachable" }),
      richEvent(device.deviceId, { occurredAt: at(24 * 10), outcome: "generic", cause: "ews_no_response" }),
      richEvent(device.deviceId, { occurredAt: at(24 * 40) }),
    ]);
    const expected = {
      "24h": { rich: 2, sync: 0, generic: 0, failure: 0 },
      "7d": { rich: 3, sync: 0, generic: 0, failure: 1 },
      "30d": { rich: 3, sync: 0, generic: 1, failure: 1 },
    } as const;
    for (const range of ["24h", "7d", "30d"] as const) {
      const [summary, trend] = await Promise.all([getFleetSummary(auditor, now, range), getFleetTrend(auditor, now, range)]);
      expect(summary.totals.byOutcome).toEqual(expected[range]);
      expect(trend.buckets).toHaveLength({ "24h": 24, "7d": 28, "30d": 30 }[range]);
      const summed = { rich: 0, sync: 0, generic: 0, failure: 0 };
      for (const bucket of trend.buckets) for (const outcome of ["rich", "sync", "generic", "failure"] as const) summed[outcome] += bucket.byOutcome[outcome];
      expect(summed).toEqual(expected[range]);
      expect(trend.buckets[0]!.start).toBe(summary.window.from);
    }
    const day = await getFleetTrend(auditor, now, "24h");
    expect(day.buckets.at(-1)).toMatchObject({ start: new Date(Math.floor(now.getTime() / 3600_000) * 3600_000).toISOString(), byOutcome: { rich: 1 } });
    const month = await getFleetTrend(auditor, now, "30d");
    expect(month.topCauses).toEqual(["ews_no_response", "gateway_unreachable"]);
  });

  it("counts the users behind each outcome, cause and group", async () => {
    const auditor = await makeCaller("auditor");
    const now = quietDay();
    const at = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const [first, second] = [await makeDevice(), await makeDevice()];
    await storeEvents([
      richEvent(first.deviceId, { occurredAt: at(1), outcome: "failure", cause: "exchange_tls_failed" }),
      richEvent(first.deviceId, { occurredAt: at(2), outcome: "failure", cause: "exchange_tls_failed" }),
      richEvent(first.deviceId, { occurredAt: at(9), outcome: "generic", cause: "ews_no_response" }),
      richEvent(second.deviceId, { occurredAt: at(3), outcome: "failure", cause: "exchange_tls_failed" }),
      richEvent(second.deviceId, { occurredAt: at(3) }),
    ]);
    const summary = await getFleetSummary(auditor, now);
    expect(summary.totals.usersByOutcome).toEqual({ rich: 1, sync: 0, generic: 1, failure: 2 });
    expect(summary.totals.causes).toEqual([
      { cause: "exchange_tls_failed", count: 3, groups: 2, users: 2 },
      { cause: "ews_no_response", count: 1, groups: 1, users: 1 },
    ]);
    const byGroup = new Map(summary.groups.map((group) => [group.groupId, group]));
    expect(byGroup.get(first.groupId)).toEqual({ groupId: first.groupId, byOutcome: { rich: 0, sync: 0, generic: 1, failure: 2 }, affectedUsers: 1 });
    expect(byGroup.get(second.groupId)).toEqual({ groupId: second.groupId, byOutcome: { rich: 1, sync: 0, generic: 0, failure: 1 }, affectedUsers: 1 });
  });

  it("keeps each user counted once when batches for the same new users are stored at once, in different orders", async () => {
    const now = quietDay();
    const at = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const devices = await Promise.all(Array.from({ length: 6 }, () => makeDevice()));
    // Each batch moves every user's last hour (batch b is b hours old), so concurrent batches race
    // to create and to move the same users' rows.
    const batches = [0, 1, 2, 3].map((hoursAgo, b) => {
      const events = devices.flatMap((device, d) => [
        richEvent(device.deviceId, { occurredAt: at(hoursAgo + 0.5) }),
        richEvent(device.deviceId, { occurredAt: at(hoursAgo + 0.5), outcome: d % 2 ? "failure" : "generic", cause: d % 2 ? "exchange_tls_failed" : "ews_no_response" }),
      ]);
      return b % 2 ? events.reverse() : events;
    });
    await Promise.all(batches.map((batch) => storeEvents(batch)));

    expect(await rollupDrift()).toEqual([]);
    const figures = await fleetFigures(rangeWindow("24h", now));
    expect(figures.totals.usersByOutcome).toEqual({ rich: 6, sync: 0, generic: 3, failure: 3 });
    expect(figures.totals.causes.map(({ cause, users }) => ({ cause, users }))).toEqual([
      { cause: "ews_no_response", users: 3 },
      { cause: "exchange_tls_failed", users: 3 },
    ]);
  });

  // Last: the purge below deletes every event before its cutoff in the 2110s, other tests' too.
  it("keeps the rollups equal to the events after inserts and a purge, down to a purged half hour", async () => {
    const now = quietDay();
    const at = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const [first, second] = [await makeDevice(), await makeDevice()];
    await storeEvents([
      richEvent(first.deviceId, { occurredAt: at(1) }),
      richEvent(first.deviceId, { occurredAt: at(3.25), outcome: "sync", delayMs: 30_400 }),
      richEvent(first.deviceId, { occurredAt: at(3.75), outcome: "sync", delayMs: 30_400 }),
      richEvent(first.deviceId, { occurredAt: at(3.75), outcome: "failure", cause: "ews_timeout" }),
      richEvent(second.deviceId, { occurredAt: at(3.25), outcome: "failure", cause: "ews_timeout" }),
      richEvent(second.deviceId, { occurredAt: at(5), outcome: "failure", cause: "ews_timeout" }),
      richEvent(second.deviceId, { occurredAt: at(6), outcome: "generic", cause: "container_locked" }),
    ]);
    expect(await rollupDrift()).toEqual([]);

    const cutoff = new Date(now.getTime() - 3.5 * 3600_000); // inside the hour of at(3.25) and at(3.75)
    const purged = await purgeOldEvents({ retentionDays: 30, now: new Date(cutoff.getTime() + 30 * 86_400_000), batchSize: 2, pauseMs: 0 });
    expect(purged.deleted).toBeGreaterThanOrEqual(4);
    expect(await rollupDrift()).toEqual([]);

    const window = rangeWindow("24h", now);
    const figures = await fleetFigures(window);
    const raw = await db().notificationEvent.groupBy({ by: ["outcome"], where: { occurredAt: { gte: window.from, lt: window.to } }, _count: { _all: true } });
    expect(figures.totals.byOutcome).toEqual({ rich: 0, sync: 0, generic: 0, failure: 0, ...Object.fromEntries(raw.map((row) => [row.outcome, row._count._all])) });
    expect(figures.totals.byOutcome).toEqual({ rich: 1, sync: 1, generic: 0, failure: 1 });
    expect(figures.totals.causes).toEqual([{ cause: "ews_timeout", count: 1, groups: 1, users: 1 }]);
    expect(figures.totals.sync).toEqual({ count: 1, users: 1, groups: 1, medianDelayMs: 30_000 });
    expect(figures.totals.usersByOutcome).toEqual({ rich: 1, sync: 1, generic: 0, failure: 1 });
  });
});
