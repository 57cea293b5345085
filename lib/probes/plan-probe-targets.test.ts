import { describe, expect, it } from "vitest";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";
import { parseTargetHost, planProbeTargets } from "@/lib/probes/plan-probe-targets";

const settings = (overrides: Partial<GroupSettings>): GroupSettings => ({ ...DEFAULT_GROUP_SETTINGS, ...overrides });

describe("planProbeTargets", () => {
  it("probes the gateway, EWS, a different ActiveSync host and the region's push registration host", () => {
    const targets = planProbeTargets(
      settings({
        gateway: "gw.corp.example:8443",
        ewsHost: "mail.corp.example",
        activeSyncHost: "eas.corp.example:444",
        pushRegion: "emea",
      }),
    );

    expect(targets).toEqual([
      { kind: "gateway", host: "gw.corp.example", port: 8443, tunnelTo: { host: "mail.corp.example", port: 443 } },
      { kind: "ews", host: "mail.corp.example", port: 443 },
      { kind: "activesync", host: "eas.corp.example", port: 444 },
      { kind: "push_registration", host: "eu-west-1.pushreg.xm.citrix.com", port: 443 },
    ]);
  });

  it("skips the gateway and push registration when unset, and ActiveSync when it is the EWS host", () => {
    const targets = planProbeTargets(
      settings({ gateway: null, pushRegion: null, ewsHost: "Mail.Corp.Example.", activeSyncHost: "mail.corp.example:443" }),
    );

    expect(targets).toEqual([{ kind: "ews", host: "mail.corp.example", port: 443 }]);
  });

  it("probes ActiveSync when only its port differs", () => {
    const kinds = planProbeTargets(settings({ ewsHost: "mail.corp.example", activeSyncHost: "mail.corp.example:8443" })).map(
      (target) => target.kind,
    );

    expect(kinds).toEqual(["ews", "activesync"]);
  });
});

describe("parseTargetHost", () => {
  it.each([
    ["mail.example.com", { host: "mail.example.com", port: 443 }],
    [" MAIL.example.com.:8443 ", { host: "mail.example.com", port: 8443 }],
    ["10.1.2.3:25", { host: "10.1.2.3", port: 25 }],
  ])("%s", (value, expected) => {
    expect(parseTargetHost(value)).toEqual(expected);
  });
});
