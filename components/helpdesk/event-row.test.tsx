import { describe, expect, it } from "vitest";
import { attributeValues, renderHtml, renderText } from "@/components/testing/render-text";
import { EventDetails, EventRow } from "./event-row";
import { eventView, rowContext } from "./testing/timeline-fixtures";

const WITHOUT_RICH_PUSH = { lockScreenNotifications: "count_only" } as const;
const syncEvent = eventView({ outcome: "sync", delayMs: 14 * 60_000, activity: "meeting_request", badgeCount: 7 });

/** `step:status` for every step of the rendered path. */
function stepStatuses(html: string): string[] {
  const steps = attributeValues(html, "data-step");
  const statuses = attributeValues(html, "data-status");
  return steps.map((step, index) => `${step}:${statuses[index]}`);
}

describe("EventRow after sync", () => {
  it("says After sync and how late on the summary line", () => {
    const text = renderText(<EventRow event={syncEvent} deviceName="iPhone 15" context={rowContext(WITHOUT_RICH_PUSH)} expanded={false} onToggle={() => {}} />);
    expect(text).toContain("After sync Meeting request shown 14 min after the mail arrived");
  });

  it("explains the notification instead of a push → EWS path: the lock screen, the failing rules of this device, the badge", () => {
    const context = rowContext(WITHOUT_RICH_PUSH, { mailNotificationsEnabled: false });
    const html = renderHtml(<EventDetails event={syncEvent} context={context} />);
    const text = renderText(<EventDetails event={syncEvent} context={context} />);

    expect(attributeValues(html, "data-step")).toEqual([]);
    expect(text).toContain("Posted after iOS woke Secure Mail to perform a sync: shown 14 min after the mail arrived.");
    expect(text).toContain("On the locked screen (Control locked screen notifications: Count only, the group's current policy): only a count of new messages.");
    expect(text).toContain("No push → EWS path to show");
    expect(text).toContain("Why iPhone 15 has no rich push:");
    expect(attributeValues(html, "data-rule-id")).toEqual(["lock-screen-notifications", "mail-notifications"]);
    expect(text).toContain("Mail Notifications is enabled in Secure Mail: Mail Notifications is OFF on the device.");
    expect(text).toContain("Meeting request · Badge 7: unread Inbox count for the sync period");
    expect(text).not.toContain("The user saw");
  });

  it("with Block shows that only the badge is left, and labels the advice beyond the reference", () => {
    const text = renderText(<EventDetails event={syncEvent} context={rowContext({ lockScreenNotifications: "block" })} />);
    expect(text).toContain("(Control locked screen notifications: Block, the group's current policy): nothing; only the app badge shows the unread count.");
    expect(text).toMatch(/Field guidance · beyond the vendor reference How often iOS wakes Secure Mail/);
  });

  it("names the device facts that keep iOS from waking the app", () => {
    const text = renderText(<EventDetails event={syncEvent} context={rowContext(WITHOUT_RICH_PUSH, { lowPowerMode: true })} />);
    expect(text).toContain("Low Power Mode is on now:");
  });

  it("says what it does not know: no delay reported, a device that no longer reports, a group without settings, a changed setup", () => {
    const noDelay = eventView({ outcome: "sync" });
    expect(renderText(<EventDetails event={noDelay} context={rowContext(WITHOUT_RICH_PUSH)} />)).toContain(
      "the device did not report how long after the mail arrived",
    );
    expect(renderText(<EventDetails event={noDelay} context={{ ...rowContext(WITHOUT_RICH_PUSH), device: undefined }} />)).toContain(
      "This device no longer reports",
    );
    expect(renderText(<EventDetails event={noDelay} context={rowContext(null)} />)).toContain("The user's group has no settings saved");
    expect(renderText(<EventDetails event={noDelay} context={rowContext()} />)).toContain("Every rule passes for iPhone 15 under the group's current settings");
  });
});

describe("EventRow on the rich path", () => {
  it("marks the event's own failed step: channel_failed at the Exchange connection is not a gateway failure", () => {
    const event = eventView({
      outcome: "generic",
      cause: "channel_failed",
      failedStep: "exchange_connect",
      steps: [
        { step: "push_received", durationMs: 10, ok: true },
        { step: "container_read", durationMs: 10, ok: true },
        { step: "gateway_connect", durationMs: 90, ok: true },
        { step: "exchange_connect", durationMs: 5_000, ok: false },
      ],
    });
    const html = renderHtml(<EventDetails event={event} context={rowContext()} />);
    expect(stepStatuses(html)).toEqual([
      "push_received:ok",
      "container_read:ok",
      "gateway_connect:ok",
      "exchange_connect:failed",
      "ews_fetch:not_reached",
      "shown:fallback",
    ]);
    expect(html).toMatch(/data-step="exchange_connect" data-status="failed" aria-current="step"/);
    expect(renderText(<EventDetails event={event} context={rowContext()} />)).toContain("Here: Exchange connection (TLS).");
  });

  it("marks neither connection when channel_failed came without its step, and says so", () => {
    const event = eventView({ outcome: "generic", cause: "channel_failed" });
    const html = renderHtml(<EventDetails event={event} context={rowContext()} />);
    expect(stepStatuses(html).filter((status) => status.endsWith(":failed"))).toEqual([]);
    expect(renderText(<EventDetails event={event} context={rowContext()} />)).toContain(
      "The device did not report which step failed: Gateway connection (SOCKS5, TLS) or Exchange connection (TLS). Neither is marked.",
    );
  });

  it("labels the badge as unread + new in the Exchange Inbox, and shows what the lock screen allowed", () => {
    const text = renderText(<EventDetails event={eventView({ badgeCount: 7, activity: "new_mail" })} context={rowContext()} />);
    expect(text).toContain("New mail · Badge 7: unread + new in the Exchange Inbox");
    expect(text).toContain("The user saw the mail itself, on push. On the locked screen (Control locked screen notifications: Allow");
    expect(text).not.toContain("did not report which step");
  });
});
