import { describe, expect, it } from "vitest";
import { intuneIntegrationRule } from "@/lib/domain/prerequisites/rules/intune-integration";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("intune-integration", () => {
  it("passes for an MDX-managed app", () => {
    expect(intuneIntegrationRule.evaluate(inputWith({ intuneManaged: false })).status).toBe("pass");
  });

  it("fails for an app managed through the Intune/EMS integration", () => {
    const result = intuneIntegrationRule.evaluate(inputWith({ intuneManaged: true }));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("Intune/EMS");
    expect(result.remediation).toContain("MDX");
  });
});
