import { describe, expect, it } from "vitest";
import { pushRegistrationHostRule as rule } from "@/lib/domain/prerequisites/rules/push-registration-host";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

const tunnel = "tunnel_to_internal_network" as const;

describe("push-registration-host", () => {
  it("passes when the region's push registration host is listed (any case, trailing dot)", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, pushRegion: "emea", backgroundNetworkServices: ["EMEA.pushreg.xm.citrix.com.:443"] }),
    );
    expect(result.status).toBe("pass");
  });

  it("warns (never fails) when the region's host is missing, naming it", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, pushRegion: "apac", backgroundNetworkServices: ["americas.pushreg.xm.citrix.com:443"] }),
    );
    expect(result.status).toBe("warn");
    expect(result.detail).toContain('"apac.pushreg.xm.citrix.com:443" (push registration host for APAC) is not in');
    expect(result.remediation).toContain('Add "apac.pushreg.xm.citrix.com:443"');
  });

  it.each([null, undefined])("does not apply without a push region (%s)", (pushRegion) => {
    expect(rule.evaluate(inputWith({ networkAccess: tunnel, pushRegion, backgroundNetworkServices: [] })).status).toBe(
      "not_applicable",
    );
  });

  it.each(["unrestricted", "blocked"] as const)("does not apply with %s network access", (networkAccess) => {
    expect(rule.evaluate(inputWith({ networkAccess, pushRegion: "emea", backgroundNetworkServices: [] })).status).toBe(
      "not_applicable",
    );
  });
});
