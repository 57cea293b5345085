import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { NETWORK_ACCESS_LABELS } from "@/lib/domain/prerequisites/value-labels";

export const networkAccessRule = defineRule({
  id: "network-access",
  title: "Network access is Unrestricted or Tunnel to internal network",
  reference: "Network access policy is set to Unrestricted or Tunnel to internal network.",
  field: "networkAccess",
  evaluate(input) {
    const label = NETWORK_ACCESS_LABELS[input.networkAccess];
    if (input.networkAccess !== "blocked") return settled("pass", `Network access is "${label}".`);
    return {
      status: "fail",
      detail: `Network access is "${label}".`,
      remediation:
        "Set the Network access policy to Tunnel to internal network (and list the EWS host in Background network services) or to Unrestricted.",
    };
  },
});
