import { describe, expect, it } from "vitest";
import { backgroundNetworkServicesRule as rule } from "@/lib/domain/prerequisites/rules/background-network-services";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

const tunnel = "tunnel_to_internal_network" as const;

describe("background-network-services", () => {
  it("passes with tunnel when the EWS host (port 443 by default) is listed", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, ewsHost: "ews.corp.example", activeSyncHost: "as.corp.example", backgroundNetworkServices: ["ews.corp.example:443"] }),
    );
    expect(result).toEqual({
      status: "pass",
      detail: '"ews.corp.example:443" (the EWS host) is in Background network services.',
      remediation: "",
    });
  });

  it("says the entry is the ActiveSync host too when EWS and ActiveSync are the same host", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, ewsHost: "mail.corp.example", activeSyncHost: "MAIL.corp.example.:443", backgroundNetworkServices: ["mail.corp.example:443"] }),
    );
    expect(result.status).toBe("pass");
    expect(result.detail).toContain("also the ActiveSync host");
  });

  it("fails with tunnel when the EWS host is missing, naming the host:port to add", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, ewsHost: "ews.corp.example", activeSyncHost: "as.corp.example", backgroundNetworkServices: ["intranet.corp.example:443"] }),
    );
    expect(result.status).toBe("fail");
    expect(result.detail).toContain('"ews.corp.example:443" is not in Background network services');
    expect(result.detail).not.toContain("ActiveSync");
    expect(result.remediation).toBe('Add "ews.corp.example:443" to the Background network services policy.');
  });

  it("fails naming the shared EWS/ActiveSync host when both are the same and missing", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, ewsHost: "mail.corp.example", activeSyncHost: "mail.corp.example", backgroundNetworkServices: [] }),
    );
    expect(result.status).toBe("fail");
    expect(result.detail).toBe(
      '"mail.corp.example:443" is not in Background network services (it is the EWS host and also the ActiveSync host).',
    );
    expect(result.remediation).toContain("covers both EWS and ActiveSync");
  });

  it("matches host and port: the same host on another port does not count, and the near miss is named", () => {
    const result = rule.evaluate(
      inputWith({ networkAccess: tunnel, ewsHost: "mail.corp.example", backgroundNetworkServices: ["mail.corp.example:8443"] }),
    );
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("listed only with port 8443");
  });

  it("honours an explicit non-default EWS port", () => {
    const input = inputWith({ networkAccess: tunnel, ewsHost: "mail.corp.example:8443", activeSyncHost: "mail.corp.example" });
    expect(rule.evaluate({ ...input, backgroundNetworkServices: ["mail.corp.example:8443"] }).status).toBe("pass");
    expect(rule.evaluate({ ...input, backgroundNetworkServices: ["mail.corp.example:443"] }).status).toBe("fail");
  });

  it("ignores case and a trailing dot", () => {
    const input = inputWith({ networkAccess: tunnel, ewsHost: "Mail.Corp.Example.", backgroundNetworkServices: ["MAIL.CORP.EXAMPLE:443"] });
    expect(rule.evaluate(input).status).toBe("pass");
  });

  it("sees a list edited in place (no stale cached lookups)", () => {
    const list = ["other.corp.example:443"];
    const input = inputWith({ networkAccess: tunnel, ewsHost: "mail.corp.example", backgroundNetworkServices: list });
    expect(rule.evaluate(input).status).toBe("fail");
    list[0] = "mail.corp.example:443";
    expect(rule.evaluate(input).status).toBe("pass");
  });

  it("does not apply without a tunnel", () => {
    const result = rule.evaluate(inputWith({ networkAccess: "unrestricted", backgroundNetworkServices: [] }));
    expect(result.status).toBe("not_applicable");
  });

  it("does not apply when network access is blocked (network-access fails instead)", () => {
    const result = rule.evaluate(inputWith({ networkAccess: "blocked", backgroundNetworkServices: [] }));
    expect(result.status).toBe("not_applicable");
    expect(result.detail).toContain("network-access");
  });
});
