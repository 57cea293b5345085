import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAUSE_CODES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
import { summarizeEvents } from "./event-summary";
import { hoursAgo, makeEvent, minutesAgo, NOW } from "./test-factories";
import type { NotificationEvent } from "./types";

describe("summarizeEvents", () => {
  const events: NotificationEvent[] = [
    makeEvent({ occurredAt: minutesAgo(10), outcome: "rich", badgeCount: 4 }),
    makeEvent({ occurredAt: minutesAgo(20), outcome: "generic", cause: "container_locked" }),
    makeEvent({ occurredAt: hoursAgo(3), outcome: "generic", cause: "container_locked", badgeCount: 9 }),
    makeEvent({ occurredAt: hoursAgo(5), outcome: "failure", cause: "credentials_unavailable" }),
    makeEvent({ occurredAt: hoursAgo(30), outcome: "failure", cause: "ews_timeout" }),
    makeEvent({ occurredAt: hoursAgo(50), outcome: "rich" }),
    makeEvent({ occurredAt: hoursAgo(24 * 8), outcome: "failure", cause: "ews_timeout" }),
  ];

  it("counts outcomes in the last 24 hours and 7 days", () => {
    const summary = summarizeEvents(events, NOW);
    expect(summary.last24h).toMatchObject({ total: 4, rich: 1, generic: 2, failure: 1, withoutCause: 0 });
    expect(summary.last7d).toMatchObject({ total: 6, rich: 2, generic: 2, failure: 2 });
    expect(summary.last24h.from).toBe(hoursAgo(24));
    expect(summary.last24h.to).toBe(NOW);
  });

  it("counts per cause with first and last seen, most frequent first", () => {
    const { last24h, last7d } = summarizeEvents(events, NOW);
    expect(last24h.causes).toEqual([
      { cause: "container_locked", outcome: "generic", count: 2, firstSeen: hoursAgo(3), lastSeen: minutesAgo(20) },
      { cause: "credentials_unavailable", outcome: "failure", count: 1, firstSeen: hoursAgo(5), lastSeen: hoursAgo(5) },
    ]);
    expect(last7d.causes.find((count) => count.cause === "ews_timeout")).toMatchObject({ count: 1, firstSeen: hoursAgo(30) });
  });

  it("reports the newest badge count and the last rich notification", () => {
    const summary = summarizeEvents(events, NOW);
    expect(summary.lastBadgeCount).toBe(4);
    expect(summary.lastBadgeAt).toBe(minutesAgo(10));
    expect(summary.last24h.lastRichAt).toBe(minutesAgo(10));
    expect(summary.lastEventAt).toBe(minutesAgo(10));
  });

  it("leaves out future events, unreadable times and events without a known cause from the cause list", () => {
    const odd = [
      makeEvent({ occurredAt: "not a time", outcome: "failure", cause: "ews_timeout" }),
      makeEvent({ occurredAt: minutesAgo(-30), outcome: "rich", badgeCount: 1 }),
      makeEvent({ occurredAt: minutesAgo(5), outcome: "failure", cause: null }),
    ];
    const summary = summarizeEvents(odd, NOW);
    expect(summary.last24h).toMatchObject({ total: 1, failure: 1, withoutCause: 1, causes: [] });
    expect(summary.lastBadgeCount).toBeNull();
  });

  it("returns empty windows for an unreadable now", () => {
    const summary = summarizeEvents(events, "yesterday");
    expect(summary.last7d.total).toBe(0);
    expect(summary.lastEventAt).toBeNull();
  });

  const eventArbitrary = fc.record({
    id: fc.uuid(),
    deviceId: fc.constantFrom("dev-1", "dev-2"),
    occurredAt: fc.oneof(
      fc.integer({ min: -60 * 24 * 10, max: 60 * 24 * 10 }).map((minutes) => minutesAgo(minutes)),
      fc.string(),
    ),
    outcome: fc.constantFrom(...OUTCOMES),
    cause: fc.option(fc.constantFrom(...CAUSE_CODES), { nil: null }),
    failedStep: fc.option(fc.constantFrom(...STEPS), { nil: null }),
    badgeCount: fc.option(fc.nat(500), { nil: undefined }),
  });

  it("adds up: outcome counts make the total, cause counts make the rich-path fallbacks", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 60 }), (arbitrary) => {
        const summary = summarizeEvents(arbitrary, NOW);
        const nowMs = Date.parse(NOW);
        for (const [window, span] of [[summary.last24h, 24], [summary.last7d, 24 * 7]] as const) {
          const inWindow = arbitrary.filter((event) => {
            const at = Date.parse(event.occurredAt);
            return at <= nowMs && at >= nowMs - span * 3_600_000;
          });
          expect(window.total).toBe(inWindow.length);
          expect(window.rich + window.sync + window.generic + window.failure).toBe(window.total);
          const byCause = window.causes.reduce((sum, count) => sum + count.count, 0);
          expect(byCause + window.withoutCause).toBe(window.generic + window.failure);
        }
        expect(summary.last24h.total).toBeLessThanOrEqual(summary.last7d.total);
      }),
    );
  });
});
