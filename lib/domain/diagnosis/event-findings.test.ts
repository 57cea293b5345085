import { describe, expect, it } from "vitest";
import { eventFindings } from "./event-findings";
import { PRIORITY } from "./ranking";
import { hoursAgo, makeContext, makeEvent, makeEvents, makeSettings, minutesAgo } from "./test-factories";

const none = new Set<string>();

describe("eventFindings", () => {
  it("finds nothing in rich notifications only", () => {
    expect(eventFindings(makeContext({ events: makeEvents(5, 10, 30) }), none)).toEqual([]);
  });

  it("reports restarts before unlock as one finding, whichever message the user saw", () => {
    const events = [
      ...makeEvents(4, 40, 5, { outcome: "generic", cause: "container_locked", failedStep: "container_read" }),
      ...makeEvents(2, 20, 5, { outcome: "failure", cause: "credentials_unavailable", failedStep: "container_read" }),
      makeEvent({ occurredAt: hoursAgo(3) }),
    ];
    const [finding, ...rest] = eventFindings(makeContext({ events }), none);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: "events:restart-before-unlock", severity: "critical", priority: PRIORITY.recentDominantCause, cause: "container_locked" });
    expect(finding?.headline).toBe(
      "Since 11:05, all 6 notifications for Ana Lopez showed “You have new mail” or a failure message because the device had restarted and was not yet unlocked, so Secure Mail could not read the secure container (container_locked, credentials_unavailable)",
    );
    expect(finding?.evidence.counts).toMatchObject({ events: 6, ofNotifications: 6, container_locked: 4, credentials_unavailable: 2 });
    expect(finding?.evidence.facts.failedStep).toBe("container_read");
    expect(finding?.remedy).toMatch(/Unlock the device/);
  });

  it("blames the device's network for timeouts only this user sees", () => {
    const events = makeEvents(3, 15, 20, { outcome: "failure", cause: "ews_timeout", failedStep: "ews_fetch" });
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ id: "events:no-ews-response", cause: "ews_timeout" });
    expect(finding?.remedy).toMatch(/poor Wi-Fi or data connectivity/);
    expect(finding?.reference).toMatch(/poor Wi-Fi or data connectivity/);
    expect(finding?.explanation).toMatch(/Only Ana Lopez is reported with this/);
  });

  it("blames the server for timeouts many users in the group see", () => {
    const events = makeEvents(3, 15, 20, { outcome: "generic", cause: "ews_no_response" });
    const groupCauseStats = {
      groupTotal: 500,
      causes: [{ cause: "ews_no_response" as const, count: 40, affectedUsers: 12, firstSeen: hoursAgo(30), lastSeen: hoursAgo(26) }],
    };
    const [finding] = eventFindings(makeContext({ events, groupCauseStats }), none);
    expect(finding?.remedy).toMatch(/look at the server/);
  });

  it("names the gateway in the remedy for gateway failures", () => {
    const events = makeEvents(2, 10, 10, { outcome: "failure", cause: "gateway_unreachable", failedStep: "gateway_connect" });
    const [finding] = eventFindings(makeContext({ events, settings: makeSettings({ gateway: "gw.corp.example:443" }) }), none);
    expect(finding?.remedy).toMatch(/Citrix ADC is configured correctly/);
    expect(finding?.remedy).toMatch(/gw\.corp\.example:443/);
  });

  it("counts a burst in the last hours as dominant even after a busy day of rich notifications", () => {
    const events = [...makeEvents(20, 400, 30), ...makeEvents(3, 10, 20, { outcome: "failure", cause: "gateway_tls_failed" })];
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ severity: "critical", priority: PRIORITY.recentDominantCause });
    expect(finding?.headline).toMatch(/^Since 11:10, all 3 notifications for Ana Lopez failed because the SSL connection with Citrix Gateway failed/);
  });

  it("treats a single failure that rich notifications have followed as history", () => {
    const events = [...makeEvents(6, 5, 60), makeEvent({ occurredAt: hoursAgo(2.5), outcome: "generic", cause: "credentials_stale" })];
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.oldCause, cause: "credentials_stale" });
    expect(finding?.explanation).toMatch(/A rich notification arrived at 11:55, after the last of these/);
  });

  it("ranks a cause that dominated the day but stopped hours ago below a current one", () => {
    const events = makeEvents(3, 60 * 8, 60, { outcome: "generic", cause: "container_locked" });
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ severity: "warning", priority: PRIORITY.recentCause });
    expect(finding?.headline).toMatch(/^Between 02:00 and 04:00, all 3 notifications/);
  });

  it("ranks a cause seen only days ago as history", () => {
    const events = makeEvents(5, 60 * 24 * 3, 10, { outcome: "generic", cause: "credentials_stale" });
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.oldCause });
    expect(finding?.headline).toMatch(/^Between 31 May 11:20 and 31 May 12:00, all 5 notifications/);
    expect(finding?.remedy).toMatch(/enter the current credentials/);
  });

  it("skips cause groups a group-wide finding covers", () => {
    const events = makeEvents(3, 10, 5, { outcome: "failure", cause: "ews_timeout" });
    expect(eventFindings(makeContext({ events }), new Set(["no-ews-response"]))).toEqual([]);
  });

  it("counts the notifications since the cause first appeared", () => {
    const events = [
      ...makeEvents(2, 30, 10, { outcome: "generic", cause: "credentials_stale" }),
      makeEvent({ occurredAt: minutesAgo(35) }),
      makeEvent({ occurredAt: minutesAgo(5), outcome: "generic", cause: "credentials_stale" }),
    ];
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding?.headline).toMatch(/^Since 11:20, 3 of 4 notifications for Ana Lopez showed only “You have new mail” because the credentials expired/);
  });
});
