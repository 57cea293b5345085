import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIORITY, rankFindings } from "./ranking";
import { hoursAgo } from "./test-factories";
import { SEVERITIES, type Finding, type Severity } from "./types";

function finding(id: string, priority: number, severity: Severity = "warning", lastSeen: string | null = null): Finding<string> {
  return {
    id,
    family: "events",
    severity,
    priority,
    headline: id,
    explanation: "",
    remedy: "",
    evidence: { counts: {}, firstSeen: null, lastSeen, deviceIds: [], facts: {} },
    reference: "",
  };
}

describe("rankFindings", () => {
  it("ranks the steps of the lead precedence in the agreed order, all above all clear", () => {
    // spec-lead-finding.md, "Precedence of the lead finding (first that applies)", steps 1 to 9.
    const steps = [
      PRIORITY.pushOff,
      PRIORITY.networkBlocked,
      PRIORITY.iosNotificationsOff,
      PRIORITY.mailNotificationsOff,
      PRIORITY.activeGroupBurst,
      PRIORITY.richPushUnsupported,
      PRIORITY.derivedCredentials,
      PRIORITY.noDevice,
      PRIORITY.recentDominantCause,
      PRIORITY.endedGroupBurst,
      PRIORITY.recentCause,
      PRIORITY.allClear,
    ];
    expect([...steps].sort((a, b) => b - a)).toEqual(steps);
    // What may never lead ranks below all clear, or below the rule that always comes with it.
    for (const never of [PRIORITY.configWarning, PRIORITY.oldCause, PRIORITY.groupContext, PRIORITY.confirmPerUser, PRIORITY.deviceInfo]) {
      expect(never).toBeLessThan(PRIORITY.allClear);
    }
    expect(PRIORITY.deliveryAtRiskMostCommon).toBeLessThan(PRIORITY.derivedCredentials);
    expect(PRIORITY.deliveryAtRisk).toBeLessThan(PRIORITY.deliveryAtRiskMostCommon);
  });

  it("puts the finding resting on more of the last day's notifications first among equals", () => {
    const few = finding("events:ews_timeout", PRIORITY.recentDominantCause, "critical", hoursAgo(1));
    const many = { ...finding("events:credentials_stale", PRIORITY.recentDominantCause, "critical", hoursAgo(2)) };
    many.evidence = { ...many.evidence, counts: { last24h: 30 } };
    few.evidence = { ...few.evidence, counts: { last24h: 3 } };
    expect(rankFindings([few, many]).map((f) => f.id)).toEqual(["events:credentials_stale", "events:ews_timeout"]);
  });

  it("breaks ties by severity, then the more recent evidence, then id", () => {
    const ranked = rankFindings([
      finding("b-old", PRIORITY.recentCause, "warning", hoursAgo(20)),
      finding("c-none", PRIORITY.recentCause, "warning"),
      finding("a-new", PRIORITY.recentCause, "warning", hoursAgo(1)),
      finding("z-critical", PRIORITY.recentCause, "critical", hoursAgo(23)),
      finding("a-none", PRIORITY.recentCause, "warning"),
    ]);
    expect(ranked.map((f) => f.id)).toEqual(["z-critical", "a-new", "b-old", "a-none", "c-none"]);
  });

  it("does not reorder its input", () => {
    const input = [finding("low", 1), finding("high", 2)];
    rankFindings(input);
    expect(input.map((f) => f.id)).toEqual(["low", "high"]);
  });

  it("returns the same findings, by non-increasing priority", () => {
    const arbitrary = fc.array(
      fc.record({ id: fc.string(), priority: fc.constantFrom(...Object.values(PRIORITY)), severity: fc.constantFrom(...SEVERITIES), hours: fc.option(fc.nat(200)) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const input = rows.map((row) => finding(row.id, row.priority, row.severity, row.hours === null ? null : hoursAgo(row.hours)));
        const ranked = rankFindings(input);
        expect(ranked).toHaveLength(input.length);
        expect(new Set(ranked)).toEqual(new Set(input));
        for (let i = 1; i < ranked.length; i += 1) expect(ranked[i - 1]!.priority).toBeGreaterThanOrEqual(ranked[i]!.priority);
      }),
    );
  });
});
