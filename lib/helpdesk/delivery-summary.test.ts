import { describe, expect, it } from "vitest";
import type { NotificationEvent } from "@/lib/domain/diagnosis";
import { median, summarizeDelivery } from "./delivery-summary";

const NOW = "2026-12-01T12:00:00.000Z";
const hoursAgo = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();
let next = 0;
const event = (hours: number, fields: Partial<NotificationEvent> = {}): NotificationEvent => ({
  id: `e${next++}`,
  deviceId: "d",
  occurredAt: hoursAgo(hours),
  outcome: "sync",
  cause: null,
  failedStep: null,
  ...fields,
});

describe("summarizeDelivery", () => {
  it("gives the median delay of sync notifications per window, counting those that reported none", () => {
    const summary = summarizeDelivery(
      [
        event(1, { delayMs: 600_000 }),
        event(2, { delayMs: 1_200_000 }),
        event(3, { delayMs: null }),
        event(30, { delayMs: 7_200_000 }),
        event(31, { delayMs: 3_600_000 }),
        event(2, { outcome: "rich", delayMs: undefined }),
        event(200, { delayMs: 60_000 }), // older than a week
      ],
      NOW,
    );
    expect(summary.syncDelay.last24h).toEqual({ syncs: 3, withDelay: 2, medianDelayMs: 900_000 });
    expect(summary.syncDelay.last7d).toEqual({ syncs: 5, withDelay: 4, medianDelayMs: 2_400_000 });
  });

  it("has no median without sync notifications that reported a delay", () => {
    const summary = summarizeDelivery([event(1, { outcome: "rich" }), event(2)], NOW);
    expect(summary.syncDelay.last24h).toEqual({ syncs: 1, withDelay: 0, medianDelayMs: null });
    expect(summarizeDelivery([], NOW).syncDelay.last7d).toEqual({ syncs: 0, withDelay: 0, medianDelayMs: null });
  });

  it("reads the last badge by the delivery mode of the event that reported it", () => {
    const richLast = [event(5, { badgeCount: 3 }), event(1, { outcome: "generic", cause: "ews_no_response", badgeCount: 4 }), event(0.5)];
    expect(summarizeDelivery(richLast, NOW).lastBadgeMode).toBe("rich_push");
    const syncLast = [event(5, { outcome: "rich", badgeCount: 3 }), event(1, { badgeCount: 7 })];
    expect(summarizeDelivery(syncLast, NOW).lastBadgeMode).toBe("sync");
    expect(summarizeDelivery([event(1)], NOW).lastBadgeMode).toBeNull();
    // A badge reported from a device clock ahead of now is not the last one, as in the event summary.
    expect(summarizeDelivery([event(1, { badgeCount: 2 }), event(-1, { outcome: "rich", badgeCount: 9 })], NOW).lastBadgeMode).toBe("sync");
  });

  it("takes the middle of an odd count and the mean of the two middles of an even one", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(4);
    expect(median([])).toBeNull();
  });
});
