import { describe, expect, it } from "vitest";
import type { CauseCode } from "@/lib/domain/outcomes";
import { eventFindings } from "./event-findings";
import { PRIORITY } from "./ranking";
import { hoursAgo, makeContext, makeEvent, makeEvents, makeSettings, minutesAgo } from "./test-factories";

const none = new Set<CauseCode>();

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
    // Named for its most common cause, container_locked, with credentials_unavailable in the same finding.
    expect(finding).toMatchObject({ id: "events:container_locked", severity: "critical", priority: PRIORITY.recentDominantCause, cause: "container_locked" });
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
    expect(finding).toMatchObject({ id: "events:ews_timeout", cause: "ews_timeout" });
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
    expect(finding?.remedy).toMatch(/look at Exchange Web Services at mail\.corp\.example rather than at the devices/);
    expect(finding?.explanation).toMatch(/11 other users in Sales saw ews_no_response too, which points at the server/);
  });

  it("says a wave of restarts before unlock across the group is a device state, never a server problem", () => {
    const events = makeEvents(3, 15, 20, { outcome: "generic", cause: "container_locked", failedStep: "container_read" });
    const groupCauseStats = {
      groupTotal: 200,
      causes: [{ cause: "container_locked" as const, count: 150, affectedUsers: 40, firstSeen: hoursAgo(3), lastSeen: minutesAgo(5) }],
    };
    const [finding] = eventFindings(makeContext({ events, groupCauseStats }), none);
    expect(finding?.explanation).toMatch(/39 other users in Sales saw container_locked too; it is a device state \(restart before unlock\), not a server problem\./);
    expect(`${finding?.explanation} ${finding?.remedy}`).not.toMatch(/lies in the servers|look at the server/);
    expect(finding?.remedy).toMatch(/Unlock the device/);
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

  it("keeps a single failure of the last day that rich notifications have followed as an own cause, as info", () => {
    const events = [...makeEvents(6, 5, 60), makeEvent({ occurredAt: hoursAgo(2.5), outcome: "generic", cause: "credentials_stale" })];
    const [finding] = eventFindings(makeContext({ events }), none);
    // Spec step 8: any other own cause in the last 24 h ranks above all clear.
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.recentCause, cause: "credentials_stale" });
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

  it("skips the causes a burst that hit the user covers, and only those", () => {
    const events = [...makeEvents(3, 10, 5, { outcome: "failure", cause: "ews_timeout" }), makeEvent({ occurredAt: minutesAgo(12), outcome: "generic", cause: "ews_no_response" })];
    const findings = eventFindings(makeContext({ events }), new Set<CauseCode>(["ews_timeout"]));
    expect(findings.map((finding) => finding.id)).toEqual(["events:ews_no_response"]);
  });

  it("makes no finding of sync notifications: they carry no cause", () => {
    expect(eventFindings(makeContext({ events: makeEvents(6, 10, 30, { outcome: "sync", delayMs: 600_000 }) }), none)).toEqual([]);
  });

  it("names the finding for the most common cause of the last day", () => {
    const events = [
      ...makeEvents(5, 60 * 24 * 3, 10, { outcome: "failure", cause: "credentials_unavailable" }),
      ...makeEvents(2, 10, 10, { outcome: "generic", cause: "container_locked" }),
    ];
    const [finding] = eventFindings(makeContext({ events }), none);
    expect(finding).toMatchObject({ id: "events:container_locked", cause: "container_locked" });
    expect(finding?.evidence.counts).toMatchObject({ events: 7, last24h: 2, credentials_unavailable: 5, container_locked: 2 });
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
