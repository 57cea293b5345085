import { describe, expect, it } from "vitest";
import type { EventView } from "@/lib/helpdesk/views";
import { mergeNewerEvents, type TimelineData } from "./merge-newer-events";

const event = (id: string): EventView => ({
  id,
  cursor: `c-${id}`,
  deviceId: "d",
  occurredAt: "2026-11-28T10:00:00.000Z",
  receivedAt: "2026-11-28T10:00:01.000Z",
  outcome: "rich",
  cause: null,
  failedStep: null,
  message: null,
  badgeCount: null,
  delayMs: null,
  activity: null,
  path: [],
});

const timeline = (...pages: string[][]): TimelineData => ({
  pages: pages.map((ids, index) => ({ events: ids.map(event), nextCursor: index < pages.length - 1 ? `p${index}` : null, moreNewer: false })),
  pageParams: pages.map((_, index) => (index === 0 ? null : `p${index - 1}`)),
});

const ids = (data: TimelineData | undefined) => data?.pages.map((page) => page.events.map((e) => e.id));

describe("mergeNewerEvents", () => {
  it("puts new events on top of the first page and leaves the other pages untouched", () => {
    const before = timeline(["c", "b"], ["a"]);
    const after = mergeNewerEvents(before, [event("e"), event("d")]);
    expect(ids(after)).toEqual([["e", "d", "c", "b"], ["a"]]);
    expect(after?.pages[1]).toBe(before.pages[1]);
    expect(after?.pages[0]?.nextCursor).toBe("p0");
  });

  it("skips events already shown, and returns the same object when nothing is new", () => {
    const before = timeline(["c", "b"], ["a"]);
    expect(ids(mergeNewerEvents(before, [event("d"), event("c")]))).toEqual([["d", "c", "b"], ["a"]]);
    expect(mergeNewerEvents(before, [event("b")])).toBe(before);
  });

  it("leaves a timeline that has not loaded alone", () => {
    expect(mergeNewerEvents(undefined, [event("a")])).toBeUndefined();
  });
});
