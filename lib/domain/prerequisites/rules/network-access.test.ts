import { describe, expect, it } from "vitest";
import { networkAccessRule } from "@/lib/domain/prerequisites/rules/network-access";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("network-access", () => {
  it.each(["unrestricted", "tunnel_to_internal_network"] as const)("passes with %s", (networkAccess) => {
    expect(networkAccessRule.evaluate(inputWith({ networkAccess })).status).toBe("pass");
  });

  it("fails when network access is blocked, naming the value", () => {
    const result = networkAccessRule.evaluate(inputWith({ networkAccess: "blocked" }));
    expect(result.status).toBe("fail");
    expect(result.detail).toBe('Network access is "Blocked".');
    expect(result.remediation).toMatch(/Tunnel to internal network.*Unrestricted/);
  });

  it("links to the Network access field", () => {
    expect(networkAccessRule.field).toBe("networkAccess");
  });
});
