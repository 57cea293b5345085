import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIORITY, rankFindings } from "./ranking";
import { hoursAgo } from "./test-factories";
import { SEVERITIES, type Finding, type Severity } from "./types";

function finding(id: string, priority: number, severity: Severity = "warning", lastSeen: string | null = null): Finding {
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
  it("puts a group burst before failing rules, and failing rules before old noise", () => {
    const ranked = rankFindings([
      finding("old", PRIORITY.oldCause, "info"),
      finding("rule", PRIORITY.richPushUnsupported, "critical"),
      finding("burst", PRIORITY.activeGroupBurst, "critical"),
      finding("blocked", PRIORITY.deliveryBlocked, "critical"),
    ]);
    expect(ranked.map((f) => f.id)).toEqual(["burst", "blocked", "rule", "old"]);
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
