import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { storeEvents } from "@/lib/ingest/store-events";
import { makeDevice, richEvent, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { makeCaller } from "@/test/support/factories";
import { getFleetSummary } from "./get-fleet-summary";

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
    expect(after.last24h.byOutcome.rich - before.last24h.byOutcome.rich).toBe(2);
    expect(after.last24h.byOutcome.failure - before.last24h.byOutcome.failure).toBe(1);
    expect(after.last24h.total - before.last24h.total).toBe(3);
    const timeouts = (summary: typeof after) => summary.last24h.causes.find((row) => row.cause === "ews_timeout")?.count ?? 0;
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
    expect(summary.last24h.byOutcome).toEqual({ rich: 1, sync: 5, generic: 1, failure: 0 });
    expect(summary.last24h.total).toBe(7);
    expect(summary.last24h.sync).toEqual({ count: 5, users: 2, groups: 2, medianDelayMs: 1_800_000 });
    expect(summary.last24h.causes).toEqual([{ cause: "container_locked", count: 1, groups: 1 }]);
  });

  it("has no median delay when no sync notification reported one", async () => {
    const summary = await getFleetSummary(await makeCaller("auditor"), quietDay());
    expect(summary.last24h.sync).toEqual({ count: 0, users: 0, groups: 0, medianDelayMs: null });
  });

  it("needs a signed-in console user", async () => {
    await expect(getFleetSummary(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
