import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/domain/diagnosis/diagnose";
import { makeDevice, makeEvaluation, makeInput } from "@/lib/domain/diagnosis/test-factories";
import { formatFindings } from "@/scripts/cli/format-findings";

describe("formatFindings", () => {
  it("lists the findings ranked, with severity and id, the headline under them, then remedy and field guidance", () => {
    const findings = diagnose(makeInput({ evaluation: makeEvaluation({ "intune-integration": "fail" }), devices: [makeDevice({ lowPowerMode: true })] }));
    const lines = formatFindings(findings).split("\n");
    expect(lines[0]).toMatch(/^1\.\s+critical\s+rule:intune-integration$/);
    expect(lines[1]).toBe(`    ${findings[0]!.headline}`);
    expect(lines[2]).toBe(`    Remedy: ${findings[0]!.remedy}`);
    const second = lines.findIndex((line) => /^2\.\s+warning\s+device:low_power_mode$/.test(line));
    expect(second).toBeGreaterThan(2);
    expect(lines.slice(second)).toContain("    Field guidance (beyond the reference): Low Power Mode is switched in iOS Settings > Battery.");
  });
});
