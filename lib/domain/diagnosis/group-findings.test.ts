import { describe, expect, it } from "vitest";
import { causeGroupsCoveredBy, groupFindings } from "./group-findings";
import { PRIORITY } from "./ranking";
import { makeContext, makeEvent, makeSettings, minutesAgo, todayAt } from "./test-factories";
import type { GroupCauseStat } from "./types";

const tlsBurst: GroupCauseStat = {
  cause: "exchange_tls_failed",
  count: 120,
  affectedUsers: 38,
  firstSeen: todayAt("09:12"),
  lastSeen: minutesAgo(2),
};

describe("groupFindings", () => {
  it("names the group, the start time and the code of a group-wide burst", () => {
    const [finding] = groupFindings(makeContext({ groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding).toMatchObject({
      id: "group-burst:exchange_tls_failed",
      severity: "critical",
      priority: PRIORITY.activeGroupBurst,
      cause: "exchange_tls_failed",
      headline: "Since 09:12 every notification for users in Sales fails with exchange_tls_failed",
    });
    expect(finding?.evidence).toMatchObject({ counts: { group: 120, groupTotal: 120, affectedUsers: 38 }, firstSeen: todayAt("09:12") });
    expect(finding?.remedy).toMatch(/certificate .* is valid/);
    expect(finding?.remedy).toMatch(/enable the Accept all SSL certificates policy .* off now/);
    expect(finding?.explanation).toMatch(/Accept all SSL certificates is off for Sales/);
  });

  it("does not suggest Accept all SSL certificates when it is already on", () => {
    const [finding] = groupFindings(
      makeContext({ settings: makeSettings({ acceptAllSslCertificates: true }), groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }),
    );
    expect(finding?.remedy).toMatch(/already on/);
    expect(finding?.evidence.facts.acceptAllSslCertificates).toBe(true);
  });

  it("counts against the notifications since the burst started when given", () => {
    const stat = { ...tlsBurst, count: 90, totalSinceFirstSeen: 150 };
    const [finding] = groupFindings(makeContext({ groupCauseStats: { causes: [stat], groupTotal: 400 } }));
    expect(finding?.headline).toBe("Since 09:12, 90 of 150 notifications for 38 users in Sales fail with exchange_tls_failed");
  });

  it("includes the user's own share of the burst", () => {
    const events = [makeEvent({ outcome: "failure", cause: "exchange_tls_failed", occurredAt: minutesAgo(10), deviceId: "dev-9" })];
    const [finding] = groupFindings(makeContext({ events, groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding?.evidence.counts.user24h).toBe(1);
    expect(finding?.evidence.deviceIds).toEqual(["dev-9"]);
  });

  it("leaves a cause of one or two users to their own events", () => {
    const stat = { ...tlsBurst, affectedUsers: 2 };
    expect(groupFindings(makeContext({ groupCauseStats: { causes: [stat], groupTotal: 120 } }))).toEqual([]);
  });

  it("ranks a past group incident as history and a small recent one as a warning", () => {
    const old = { ...tlsBurst, firstSeen: "2025-05-30T08:00:00.000Z", lastSeen: "2025-05-30T09:30:00.000Z" };
    const small = { ...tlsBurst, cause: "gateway_unreachable" as const, count: 10 };
    const [history, recent] = groupFindings(makeContext({ groupCauseStats: { causes: [old, small], groupTotal: 1000 } }));
    expect(history).toMatchObject({ severity: "info", priority: PRIORITY.oldCause });
    expect(history?.headline).toMatch(/^Between 30 May 08:00 and 30 May 09:30, 120 of 1000 notifications .* failed with exchange_tls_failed$/);
    expect(recent).toMatchObject({ severity: "warning", priority: PRIORITY.recentCause });
  });

  it("claims no share when the group total does not cover the count", () => {
    const [finding] = groupFindings(makeContext({ groupCauseStats: { causes: [tlsBurst], groupTotal: 50 } }));
    expect(finding?.headline).toBe("Since 09:12, 120 notifications for 38 users in Sales fail with exchange_tls_failed");
  });

  it("says generic causes end in “You have new mail”", () => {
    const stat = { ...tlsBurst, cause: "ews_no_response" as const };
    const [finding] = groupFindings(makeContext({ groupCauseStats: { causes: [stat], groupTotal: 120 } }));
    expect(finding?.headline).toMatch(/ends in “You have new mail” with ews_no_response$/);
    expect(finding?.remedy).toMatch(/look at the server/);
  });

  it("writes times in the viewer's time zone", () => {
    const [finding] = groupFindings(makeContext({ timeZone: "Europe/Berlin", groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding?.headline).toMatch(/^Since 11:12 /);
  });

  it("marks the cause groups a current group finding explains", () => {
    const findings = groupFindings(makeContext({ groupCauseStats: { causes: [{ ...tlsBurst, cause: "ews_timeout" }], groupTotal: 120 } }));
    expect(causeGroupsCoveredBy(findings)).toEqual(new Set(["no-ews-response"]));
  });
});
