import { describe, expect, it } from "vitest";
import { PUSH_REGISTRATION_HOSTS, listPushRegistrationHosts } from "@/lib/domain/push-registration-hosts";
import { hostPortSchema } from "@/lib/domain/settings";

describe("push registration hosts", () => {
  it("names each region's host as the vendor's push notifications page does, on port 443", () => {
    expect(PUSH_REGISTRATION_HOSTS).toEqual({
      americas: "us-east-1.pushreg.xm.citrix.com:443",
      emea: "eu-west-1.pushreg.xm.citrix.com:443",
      apac: "ap-southeast-1.pushreg.xm.citrix.com:443",
    });
  });

  it("are valid Background network services entries, so an admin can paste them as shown", () => {
    for (const host of Object.values(PUSH_REGISTRATION_HOSTS)) expect(hostPortSchema.safeParse(host).success).toBe(true);
  });

  it("lists them with their region for hints", () => {
    expect(listPushRegistrationHosts()).toBe(
      "us-east-1.pushreg.xm.citrix.com:443 (Americas), eu-west-1.pushreg.xm.citrix.com:443 (EMEA), " +
        "ap-southeast-1.pushreg.xm.citrix.com:443 (APAC)",
    );
  });
});
