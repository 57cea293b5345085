import { describe, expect, it } from "vitest";
import { authenticationRule } from "@/lib/domain/prerequisites/rules/authentication";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("authentication", () => {
  it.each(["password", "client_certificate"] as const)("passes with %s (supported by the reference)", (authentication) => {
    expect(authenticationRule.evaluate(inputWith({ authentication })).status).toBe("pass");
  });

  it("fails with modern authentication with Microsoft Office 365", () => {
    const result = authenticationRule.evaluate(inputWith({ authentication: "modern_auth_o365" }));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("Modern authentication with Microsoft Office 365");
    expect(result.remediation).toContain("password-based and client-based");
  });
});
