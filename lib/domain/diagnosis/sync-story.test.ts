import { describe, expect, it } from "vitest";
import { LOCK_SCREEN_AFTER_SYNC, UNREAD_COUNT_ONLY } from "@/lib/domain/prerequisites/consequences";
import { SYNC_LATE_OR_MISSING, WITHOUT_RICH_PUSH_REFERENCE, withoutRichPushStory } from "./sync-story";
import { hoursAgo, makeContext, makeDevice, makeEvent, makeEvents } from "./test-factories";
import { formatDuration } from "./time";
import { isQuotedFromReference } from "@/lib/domain/testing/reference-text";

describe("withoutRichPushStory", () => {
  it("rests on the reference's section on delivery without rich push", () => {
    expect(isQuotedFromReference(WITHOUT_RICH_PUSH_REFERENCE)).toBe(true);
  });

  it("says what users get instead, why sync notifications come late or not at all, and how the day went", () => {
    const events = [makeEvent({ outcome: "sync", delayMs: 5 * 60_000, occurredAt: hoursAgo(1) }), ...makeEvents(2, 200, 60, { outcome: "sync", delayMs: 30 * 60_000 })];
    const devices = [makeDevice({ lowPowerMode: true }), makeDevice({ id: "dev-2", model: "iPad Air", backgroundAppRefresh: false })];
    const story = withoutRichPushStory(makeContext({ events, devices }), devices);
    expect(story.sentences).toEqual([
      UNREAD_COUNT_ONLY,
      LOCK_SCREEN_AFTER_SYNC,
      SYNC_LATE_OR_MISSING,
      "Now: iPhone 15 is in Low Power Mode; Background App Refresh is off for Secure Mail on iPad Air.",
      "In the last 24 hours 3 notifications arrived after a background sync, typically 30 min after the mail arrived; the last at 11:00.",
    ]);
    expect(story.counts).toEqual({ sync24h: 3, typicalSyncDelayMinutes: 30, devicesInLowPowerMode: 1, devicesWithoutBackgroundAppRefresh: 1 });
    expect(story.facts).toEqual({ lastSyncAt: hoursAgo(1) });
  });

  it("says when no sync notification came in the day, and when the last one did", () => {
    const story = withoutRichPushStory(makeContext({ events: [makeEvent({ outcome: "sync", occurredAt: hoursAgo(30) })] }), [makeDevice()]);
    expect(story.sentences.slice(-2)).toEqual([
      "Neither Low Power Mode nor Background App Refresh off is reported on iPhone 15.",
      "No notification after a background sync was reported in the last 24 hours; the last one came at 2 Jun 06:00.",
    ]);
  });
});

describe("formatDuration", () => {
  it.each([
    [20_000, "under a minute"],
    [14 * 60_000, "14 min"],
    [125 * 60_000, "2 h 5 min"],
    [180 * 60_000, "3 h"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
