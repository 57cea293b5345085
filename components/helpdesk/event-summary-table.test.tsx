import { describe, expect, it } from "vitest";
import { renderText } from "@/components/testing/render-text";
import { summarizeEvents, type NotificationEvent } from "@/lib/domain/diagnosis";
import { summarizeDelivery } from "@/lib/helpdesk/delivery-summary";
import { EventSummaryTable } from "./event-summary-table";

const NOW = "2026-12-01T12:00:00.000Z";
const hoursAgo = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();
const event = (id: string, hours: number, fields: Partial<NotificationEvent> = {}): NotificationEvent => ({
  id,
  deviceId: "d",
  occurredAt: hoursAgo(hours),
  outcome: "sync",
  cause: null,
  failedStep: null,
  ...fields,
});

/** The table as the page gets it: the diagnosis's summary and delivery figures over the same events. */
function table(events: NotificationEvent[]) {
  const data = { summary: summarizeEvents(events, NOW), delivery: summarizeDelivery(events, NOW), eventsCapped: false, eventsConsidered: events.length };
  return renderText(<EventSummaryTable data={data} />);
}

describe("EventSummaryTable", () => {
  it("has a row for notifications after sync, the typical delay, and the badge read as the sync period's unread count", () => {
    const text = table([
      event("a", 1, { delayMs: 10 * 60_000 }),
      event("b", 2, { delayMs: 20 * 60_000, badgeCount: 7 }),
      event("c", 30, { delayMs: 3_600_000 }),
      event("d", 40, { outcome: "rich" }),
    ]);
    expect(text).toContain("After sync (without rich push) 2 3");
    expect(text).toContain("Rich 0 1");
    expect(text).toContain("After sync: typically shown 15 min after the mail arrived (median of 2 reported delays, last 24 h).");
    expect(text).toContain("App badge: 7 (unread Inbox count for the sync period)");
  });

  it("falls back to the week's delay, says when none was reported, and reads a rich push badge as unread + new", () => {
    expect(table([event("a", 30, { delayMs: 60_000 })])).toContain("typically shown 1 min after the mail arrived (median of 1 reported delay, last 7 days)");
    expect(table([event("a", 1)])).toContain("After sync: no device reported how long after the mail arrived.");
    const rich = table([event("a", 1, { outcome: "rich", badgeCount: 3 })]);
    expect(rich).toContain("App badge: 3 (unread + new in the Exchange Inbox)");
    expect(rich).not.toContain("After sync:");
  });
});
