import { describe, expect, it } from "vitest";
import type { EventView } from "@/lib/helpdesk/views";
import { groupTimelineRows, isSameRow, type TimelineRow } from "./group-timeline-rows";
import { eventView } from "./testing/timeline-fixtures";

let next = 0;
/** An event `minutesBefore` 2026-12-01 12:00 UTC; a TLS failure unless told otherwise. */
function at(minutesBefore: number, fields: Parameters<typeof eventView>[0] = {}): EventView {
  next += 1;
  return eventView({
    id: `e${next}`,
    outcome: "failure",
    cause: "exchange_tls_failed",
    failedStep: "exchange_connect",
    occurredAt: new Date(Date.parse("2026-12-01T12:00:00Z") - minutesBefore * 60_000),
    ...fields,
  });
}

/** The rows as sizes: 1 for a single event, N for a group of N. */
const shape = (rows: TimelineRow[]) => rows.map((row) => (row.kind === "event" ? 1 : row.events.length));

describe("groupTimelineRows", () => {
  it("folds consecutive identical failures into one row, newest first, and keeps other rows apart", () => {
    const events = [at(1), at(2), at(3), at(4, { outcome: "rich", cause: null, failedStep: null }), at(5)];
    const rows = groupTimelineRows(events, "UTC");
    expect(shape(rows)).toEqual([3, 1, 1]);
    const group = rows[0]!;
    expect(group.kind === "group" && group.events.map((event) => event.id)).toEqual(events.slice(0, 3).map((event) => event.id));
    // Non-consecutive repeats (a rich notification between) stay apart.
    expect(rows[2]).toMatchObject({ kind: "event", key: events[4]!.id });
  });

  it("never folds rich or sync notifications: each showed a mail of its own", () => {
    const rich = [1, 2, 3].map((minutes) => at(minutes, { outcome: "rich", cause: null, failedStep: null }));
    const sync = [4, 5].map((minutes) => at(minutes, { outcome: "sync", cause: null, failedStep: null, delayMs: 60_000 }));
    expect(shape(groupTimelineRows([...rich, ...sync], "UTC"))).toEqual([1, 1, 1, 1, 1]);
  });

  it("folds generic notifications of one cause, but not two causes, two devices, two activities or two failed steps", () => {
    const locked = (minutes: number, fields: Parameters<typeof eventView>[0] = {}) =>
      at(minutes, { outcome: "generic", cause: "container_locked", failedStep: "container_read", ...fields });
    expect(shape(groupTimelineRows([locked(1), locked(2)], "UTC"))).toEqual([2]);
    expect(shape(groupTimelineRows([locked(1), locked(2, { cause: "ews_no_response", failedStep: "ews_fetch" })], "UTC"))).toEqual([1, 1]);
    expect(shape(groupTimelineRows([locked(1), locked(2, { deviceId: "dev-2" })], "UTC"))).toEqual([1, 1]);
    expect(shape(groupTimelineRows([locked(1, { activity: "meeting_request" }), locked(2)], "UTC"))).toEqual([1, 1]);
    const channel = (minutes: number, step: "gateway_connect" | "ews_fetch") => at(minutes, { outcome: "generic", cause: "channel_failed", failedStep: step });
    expect(shape(groupTimelineRows([channel(1, "gateway_connect"), channel(2, "ews_fetch")], "UTC"))).toEqual([1, 1]);
  });

  it("does not carry a run over midnight in the viewer's time zone", () => {
    // 12:00 UTC minus 11 h 30 and 12 h 30: 00:30 and 23:30 UTC, two UTC days; in New York (UTC−5) one day.
    const events = [at(60 * 11.5), at(60 * 12.5)];
    expect(shape(groupTimelineRows(events, "UTC"))).toEqual([1, 1]);
    expect(shape(groupTimelineRows(events, "America/New_York"))).toEqual([2]);
    expect(isSameRow(events[0]!, events[1]!, "Asia/Tokyo")).toBe(true);
  });

  it("continues a group onto the next loaded page, keyed by its oldest member, so new events on top keep its key", () => {
    const pageOne = [at(1), at(2)];
    const pageTwo = [at(3), at(4), at(5, { outcome: "rich", cause: null, failedStep: null })];
    const firstOnly = groupTimelineRows(pageOne, "UTC");
    const both = groupTimelineRows([...pageOne, ...pageTwo], "UTC");
    expect(shape(firstOnly)).toEqual([2]);
    expect(shape(both)).toEqual([4, 1]);
    expect(both[0]!.key).toBe(`group-${pageTwo[1]!.id}`);

    const newer = at(0);
    const withNewer = groupTimelineRows([newer, ...pageOne, ...pageTwo], "UTC");
    expect(shape(withNewer)).toEqual([5, 1]);
    expect(withNewer[0]!.key).toBe(both[0]!.key);
  });

  it("returns no rows for no events", () => {
    expect(groupTimelineRows([], "UTC")).toEqual([]);
  });
});
