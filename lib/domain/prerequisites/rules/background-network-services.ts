import { formatHostPort, type HostPort } from "@/lib/domain/hosts";
import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { hostIndexFor, parseHostCached } from "@/lib/domain/prerequisites/host-index";

export const backgroundNetworkServicesRule = defineRule({
  id: "background-network-services",
  title: "EWS host is in Background network services",
  reference:
    "If your Network access policy is set to Tunnel to internal network, ensure that Exchange Web Services (EWS) host is configured in the Background network services policy. If EWS and ActiveSync hosts are the same, then ensure that the ActiveSync host is configured in the Background network services policy.",
  field: "backgroundNetworkServices",
  evaluate(input) {
    if (input.networkAccess === "blocked") {
      return settled("not_applicable", 'Network access is "Blocked" (see network-access), so there is no tunnel to check.');
    }
    if (input.networkAccess === "unrestricted") {
      return settled("not_applicable", 'Network access is "Unrestricted": mail traffic does not go through the tunnel.');
    }

    const ews = parseHostCached(input.ewsHost);
    if (!ews) {
      return {
        status: "fail",
        detail: `EWS host "${input.ewsHost}" is not a valid host or host:port.`,
        remediation: "Set the EWS host to the Exchange server's name, with its port when it is not 443.",
      };
    }

    const entry = formatHostPort(ews);
    // Same host and port: then the one entry the reference asks for is the ActiveSync host as well.
    const alsoActiveSync = isSameHostPort(ews, parseHostCached(input.activeSyncHost));
    const role = alsoActiveSync ? "the EWS host and also the ActiveSync host" : "the EWS host";
    const index = hostIndexFor(input.backgroundNetworkServices);
    if (index.has(ews)) return settled("pass", `"${entry}" (${role}) is in Background network services.`);

    const otherPorts = index.portsFor(ews.host);
    const nearMiss = otherPorts.length > 0 ? `; that host is listed only with port ${otherPorts.join(", ")}` : "";
    return {
      status: "fail",
      detail: `"${entry}" is not in Background network services (it is ${role}${nearMiss}).`,
      remediation: alsoActiveSync
        ? `Add "${entry}" to the Background network services policy; this one entry covers both EWS and ActiveSync.`
        : `Add "${entry}" to the Background network services policy.`,
    };
  },
});

function isSameHostPort(a: HostPort, b: HostPort | null): boolean {
  return b !== null && a.host === b.host && a.port === b.port;
}
