import { describe, expect, it } from "vitest";
import { attributeValues, renderHtml, renderText } from "@/components/testing/render-text";
import { EventGroupRow } from "./event-group-row";
import { eventView } from "./testing/timeline-fixtures";

const failures = [3, 2, 1].map((minute) =>
  eventView({ id: `e${minute}`, outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect", occurredAt: new Date(`2026-12-01T09:0${minute}:00Z`) }),
);

const row = (expanded: boolean) => (
  <EventGroupRow rowKey="group-e1" events={failures} deviceName="iPhone 15" expanded={expanded} onToggle={() => {}}>
    <li data-row-id="child">one notification</li>
  </EventGroupRow>
);

describe("EventGroupRow", () => {
  it("shows the newest notification's summary with ×N, says the count in words, and spans oldest to newest", () => {
    const text = renderText(row(false));
    expect(text).toContain("iPhone 15 Failure message exchange_tls_failed");
    expect(text).toContain("Secure Mail is unable to connect securely to your mail server. Please contact your administrator.");
    expect(text).toContain("×3 3 identical notifications");
    const html = renderHtml(row(false));
    // Newest first: the row's time is the newest; the span runs from the oldest to the newest.
    expect(attributeValues(html, "dateTime")).toEqual(["2026-12-01T09:03:00.000Z", "2026-12-01T09:01:00.000Z", "2026-12-01T09:03:00.000Z"]);
  });

  it("is a button that says whether it is open, and holds the individual rows only while open", () => {
    const closed = renderHtml(row(false));
    expect(closed).toContain('aria-expanded="false"');
    expect(closed).toContain('aria-controls="group-e1-events"');
    expect(closed).not.toContain("one notification");
    const open = renderHtml(row(true));
    expect(open).toContain('aria-expanded="true"');
    expect(open).toContain('<ol id="group-e1-events" aria-label="3 identical notifications, newest first"');
    expect(open).toContain("one notification");
  });
});
