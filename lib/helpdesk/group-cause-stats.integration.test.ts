import { describe, expect, it } from "vitest";
import { eventSeries, makeDeliveryGroup, makeEvents, makeUserWithEvents } from "@/test/support/directory-factories";
import { groupCauseStats } from "./group-cause-stats";

describe("group cause statistics", () => {
  it("counts all of the group's notifications in the window even when none has a cause", async () => {
    const group = await makeDeliveryGroup();
    await makeUserWithEvents(group.id, { events: eventSeries(3, 10, 60) });
    expect(await groupCauseStats(group.id, new Date())).toEqual({ causes: [], groupTotal: 3 });
  });

  it("takes each cause's base from its first to its last occurrence, so a short outage is a large share", async () => {
    const group = await makeDeliveryGroup();
    // A quiet day of rich notifications, then half an hour in which everything failed.
    await makeUserWithEvents(group.id, { events: [...eventSeries(20, 120, 60), ...eventSeries(3, 5, 10, "gateway_tls_failed")] });
    await makeUserWithEvents(group.id, { events: [...eventSeries(20, 130, 60), ...eventSeries(2, 8, 10, "gateway_tls_failed")] });
    const stats = await groupCauseStats(group.id, new Date());
    expect(stats.groupTotal).toBe(45);
    expect(stats.causes).toEqual([expect.objectContaining({ cause: "gateway_tls_failed", count: 5, affectedUsers: 2, totalSinceFirstSeen: 5 })]);
  });

  it("leaves sync notifications out of the total: a burst's share is of the rich-path notifications", async () => {
    const group = await makeDeliveryGroup();
    await makeUserWithEvents(group.id, { events: [...eventSeries(2, 10, 60), ...eventSeries(5, 20, 30).map((spec) => ({ ...spec, sync: true, delayMs: 60_000 }))] });
    await makeUserWithEvents(group.id, { events: eventSeries(1, 15, 1, "gateway_unreachable") });
    expect(await groupCauseStats(group.id, new Date())).toMatchObject({
      groupTotal: 3,
      causes: [{ cause: "gateway_unreachable", count: 1, affectedUsers: 1, totalSinceFirstSeen: 1 }],
    });
  });

  it("counts each cause, the users it hit and when, within the window and the group only", async () => {
    const group = await makeDeliveryGroup();
    const other = await makeDeliveryGroup();
    await makeUserWithEvents(group.id, { events: [...eventSeries(2, 10, 10, "ews_timeout"), { minutesAgo: 5 }] });
    const ben = await makeUserWithEvents(group.id, { events: [{ cause: "ews_timeout", minutesAgo: 30 }, { cause: "container_locked", minutesAgo: 40 }] });
    // Outside the window, and in another group: neither counts.
    await makeEvents({ userId: ben.user.id, groupId: group.id, deviceId: ben.deviceId }, [{ cause: "ews_timeout", minutesAgo: 25 * 60 }]);
    await makeUserWithEvents(other.id, { events: eventSeries(4, 5, 5, "ews_timeout") });

    const now = new Date();
    const stats = await groupCauseStats(group.id, now);
    expect(stats.groupTotal).toBe(5);
    expect(stats.causes.map(({ cause, count, affectedUsers }) => ({ cause, count, affectedUsers }))).toEqual([
      { cause: "ews_timeout", count: 3, affectedUsers: 2 },
      { cause: "container_locked", count: 1, affectedUsers: 1 },
    ]);
    const timeout = stats.causes[0]!;
    expect(Date.parse(timeout.firstSeen)).toBeCloseTo(now.getTime() - 30 * 60_000, -4);
    expect(Date.parse(timeout.lastSeen)).toBeCloseTo(now.getTime() - 10 * 60_000, -4);
  });
});
