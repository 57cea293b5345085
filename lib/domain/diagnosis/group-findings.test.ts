import { describe, expect, it } from "vitest";
import { DEVICE_STATE_CAUSES } from "./cause-scope";
import { causesCoveredBy, groupFindings } from "./group-findings";
import { PRIORITY } from "./ranking";
import { hoursAgo, makeContext, makeEvent, makeEvents, makeSettings, minutesAgo, todayAt } from "./test-factories";
import type { GroupCauseStat } from "./types";

const tlsBurst: GroupCauseStat = {
  cause: "exchange_tls_failed",
  count: 120,
  affectedUsers: 38,
  firstSeen: todayAt("09:12"),
  lastSeen: minutesAgo(2),
};
/** Ana's own share of the burst. */
const hitAna = makeEvents(2, 5, 10, { outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect", deviceId: "dev-9" });

describe("groupFindings", () => {
  it("names the group, the start time and the code of a burst that hit the user", () => {
    const [finding] = groupFindings(makeContext({ events: hitAna, groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding).toMatchObject({
      id: "group-burst:exchange_tls_failed",
      severity: "critical",
      priority: PRIORITY.activeGroupBurst,
      cause: "exchange_tls_failed",
      headline: "Since 09:12 every notification for users in Sales fails with exchange_tls_failed",
    });
    expect(finding?.evidence).toMatchObject({ counts: { group: 120, groupTotal: 120, affectedUsers: 38, user24h: 2 }, firstSeen: todayAt("09:12"), deviceIds: ["dev-9"] });
    expect(finding?.remedy).toMatch(/certificate .* is valid/);
    expect(finding?.remedy).toMatch(/enable the Accept all SSL certificates policy .* off now/);
    expect(finding?.explanation).toMatch(/Accept all SSL certificates is off for Sales/);
  });

  it("does not suggest Accept all SSL certificates when it is already on", () => {
    const [finding] = groupFindings(
      makeContext({ events: hitAna, settings: makeSettings({ acceptAllSslCertificates: true }), groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }),
    );
    expect(finding?.remedy).toMatch(/already on/);
    expect(finding?.fieldGuidance?.[0]).toMatch(/protocol versions/);
    expect(finding?.evidence.facts.acceptAllSslCertificates).toBe(true);
  });

  it("counts against the notifications since the burst started when given", () => {
    const stat = { ...tlsBurst, count: 90, totalSinceFirstSeen: 150 };
    const [finding] = groupFindings(makeContext({ events: hitAna, groupCauseStats: { causes: [stat], groupTotal: 400 } }));
    expect(finding?.headline).toBe("Since 09:12, 90 of 150 notifications for 38 users in Sales fail with exchange_tls_failed");
  });

  it("never leads with a burst none of the user's notifications had: it is context", () => {
    const events = makeEvents(4, 10, 20);
    const [finding] = groupFindings(makeContext({ events, groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.groupContext });
    expect(PRIORITY.groupContext).toBeLessThan(PRIORITY.allClear);
    expect(finding?.explanation).toMatch(/None of Ana Lopez's notifications in the last 24 hours did, so this does not explain them\./);
    expect(causesCoveredBy([finding!])).toEqual(new Set());
  });

  it("ranks a burst that ended within the day and hit the user below the user's own dominant cause", () => {
    const ended = { ...tlsBurst, firstSeen: hoursAgo(11), lastSeen: hoursAgo(10) };
    const events = [makeEvent({ occurredAt: hoursAgo(10.5), outcome: "failure", cause: "exchange_tls_failed" })];
    const [finding] = groupFindings(makeContext({ events, groupCauseStats: { causes: [ended], groupTotal: 200 } }));
    expect(finding).toMatchObject({ severity: "warning", priority: PRIORITY.endedGroupBurst });
    expect(PRIORITY.endedGroupBurst).toBeLessThan(PRIORITY.recentDominantCause);
    expect(PRIORITY.endedGroupBurst).toBeGreaterThan(PRIORITY.recentCause);
    expect(finding?.headline).toMatch(/^Between 01:00 and 02:00, 120 of 200 notifications .* failed with exchange_tls_failed$/);
  });

  it("makes no burst of a cause that is a small share of the group's notifications", () => {
    const small = { ...tlsBurst, cause: "gateway_unreachable" as const, count: 10 };
    expect(groupFindings(makeContext({ events: hitAna, groupCauseStats: { causes: [small], groupTotal: 1000 } }))).toEqual([]);
  });

  it("leaves a cause of one or two users to their own events", () => {
    const stat = { ...tlsBurst, affectedUsers: 2 };
    expect(groupFindings(makeContext({ events: hitAna, groupCauseStats: { causes: [stat], groupTotal: 120 } }))).toEqual([]);
  });

  it.each(DEVICE_STATE_CAUSES)("never makes a group burst of %s, however many devices show it", (cause) => {
    const wave = { ...tlsBurst, cause, count: 500, affectedUsers: 200 };
    const events = makeEvents(3, 5, 5, { outcome: cause === "credentials_unavailable" ? "failure" : "generic", cause });
    expect(groupFindings(makeContext({ events, groupCauseStats: { causes: [wave], groupTotal: 500 } }))).toEqual([]);
  });

  it("claims no burst when the group total does not cover the count", () => {
    expect(groupFindings(makeContext({ events: hitAna, groupCauseStats: { causes: [tlsBurst], groupTotal: 50 } }))).toEqual([]);
  });

  it("says generic causes end in “You have new mail”", () => {
    const stat = { ...tlsBurst, cause: "ews_no_response" as const };
    const events = makeEvents(2, 5, 5, { outcome: "generic", cause: "ews_no_response" });
    const [finding] = groupFindings(makeContext({ events, groupCauseStats: { causes: [stat], groupTotal: 120 } }));
    expect(finding?.headline).toMatch(/ends in “You have new mail” with ews_no_response$/);
    expect(finding?.remedy).toMatch(/look at Exchange Web Services at mail\.corp\.example rather than at the devices/);
  });

  it("writes times in the viewer's time zone", () => {
    const [finding] = groupFindings(makeContext({ events: hitAna, timeZone: "Europe/Berlin", groupCauseStats: { causes: [tlsBurst], groupTotal: 120 } }));
    expect(finding?.headline).toMatch(/^Since 11:12 /);
  });

  it("covers exactly the cause of a burst that hit the user", () => {
    const events = makeEvents(2, 5, 5, { outcome: "failure", cause: "ews_timeout" });
    const findings = groupFindings(makeContext({ events, groupCauseStats: { causes: [{ ...tlsBurst, cause: "ews_timeout" }], groupTotal: 120 } }));
    expect(causesCoveredBy(findings)).toEqual(new Set(["ews_timeout"]));
  });
});
