import { describe, expect, it } from "vitest";
import { derivedCredentialsRule } from "@/lib/domain/prerequisites/rules/derived-credentials";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("derived-credentials", () => {
  it("is unknown at group level (no device fact): confirm per user", () => {
    const result = derivedCredentialsRule.evaluate(inputWith({ derivedCredentials: undefined }));
    expect(result.status).toBe("unknown");
    expect(result.detail).toContain("confirm per user");
  });

  it("passes for a device not enrolled with derived credentials", () => {
    expect(derivedCredentialsRule.evaluate(inputWith({ derivedCredentials: false })).status).toBe("pass");
  });

  it("fails for a device enrolled by using derived credentials", () => {
    const result = derivedCredentialsRule.evaluate(inputWith({ derivedCredentials: true }));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("derived credentials");
  });
});
