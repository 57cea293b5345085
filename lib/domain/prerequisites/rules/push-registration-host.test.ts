import { describe, expect, it } from "vitest";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { pushRegistrationHostRule as rule } from "@/lib/domain/prerequisites/rules/push-registration-host";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

const tunnel = "tunnel_to_internal_network" as const;

describe("push-registration-host", () => {
  it("passes when the region's push registration host is listed (any case, trailing dot)", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, pushRegion: "emea", backgroundNetworkServices: ["EU-WEST-1.pushreg.xm.citrix.com.:443"] }),
    );
    expect(result.status).toBe("pass");
    expect(result.detail).toBe('"eu-west-1.pushreg.xm.citrix.com:443" (push registration host for EMEA) is in Background network services.');
  });

  it("warns (never fails) when the region's host is missing, naming it, even if another region's host is listed", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, pushRegion: "apac", backgroundNetworkServices: ["us-east-1.pushreg.xm.citrix.com:443"] }),
    );
    expect(result.status).toBe("warn");
    expect(result.detail).toContain('"ap-southeast-1.pushreg.xm.citrix.com:443" (push registration host for APAC) is not in');
    expect(result.remediation).toContain('Add "ap-southeast-1.pushreg.xm.citrix.com:443"');
    expect(result.remediation).toContain("Secure Ticket Authority (STA) with split tunneling off");
  });

  it("does not accept the old made-up region names as the region's host", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, pushRegion: "americas", backgroundNetworkServices: ["americas.pushreg.xm.citrix.com:443"] }),
    );
    expect(result.status).toBe("warn");
  });

  it("cites field guidance, not a reference sentence: the vendor's page and the STA / split tunneling condition", () => {
    expect(isFieldGuidance(rule.reference)).toBe(true);
    expect(rule.reference).toContain('"Push notifications for Secure Mail"');
    expect(rule.reference).toContain("Secure Ticket Authority (STA) with split tunneling off");
    expect(rule.reference).toContain("eu-west-1.pushreg.xm.citrix.com:443 (EMEA)");
    expect(rule.reference).not.toContain("iOS delivers remote notifications");
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
