import { fieldGuidance } from "@/lib/domain/field-guidance";
import { parseHostPort, type HostPort } from "@/lib/domain/hosts";
import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { hostIndexFor } from "@/lib/domain/prerequisites/host-index";
import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import {
  PUSH_REGISTRATION_GATEWAY_CONDITION,
  PUSH_REGISTRATION_HOSTS,
  PUSH_REGISTRATION_SOURCE,
  listPushRegistrationHosts,
} from "@/lib/domain/push-registration-hosts";
import { PUSH_REGIONS, type PushRegion } from "@/lib/domain/settings";

const TARGETS = Object.fromEntries(
  PUSH_REGIONS.map((region) => [region, parseHostPort(PUSH_REGISTRATION_HOSTS[region])!]),
) as Record<PushRegion, HostPort>;

/**
 * Field guidance beyond the reference (DESIGN.md §2.2): a tunnelled app registers for push through
 * its region's push registration host, so that host belongs in Background network services.
 * A warning, never a failure. The reference says nothing about these hosts, so the rule cites
 * the vendor page as field guidance instead of quoting a reference sentence.
 */
export const pushRegistrationHostRule = defineRule({
  id: "push-registration-host",
  title: "Push registration host is in Background network services",
  reference: fieldGuidance(
    `From ${PUSH_REGISTRATION_SOURCE}: the push registration hosts are ${listPushRegistrationHosts()}; ` +
      `when ${PUSH_REGISTRATION_GATEWAY_CONDITION}, the gateway must allow traffic to them.`,
  ),
  field: "backgroundNetworkServices",
  evaluate(input) {
    if (input.networkAccess !== "tunnel_to_internal_network") {
      return settled("not_applicable", "Only applies when Network access is Tunnel to internal network.");
    }
    if (!input.pushRegion) return settled("not_applicable", "No push notification region is set.");

    const host = PUSH_REGISTRATION_HOSTS[input.pushRegion];
    const region = PUSH_REGION_LABELS[input.pushRegion];
    if (hostIndexFor(input.backgroundNetworkServices).has(TARGETS[input.pushRegion])) {
      return settled("pass", `"${host}" (push registration host for ${region}) is in Background network services.`);
    }
    return {
      status: "warn",
      detail: `"${host}" (push registration host for ${region}) is not in Background network services.`,
      remediation:
        `Add "${host}" to the Background network services policy so that Secure Mail can register for push through the tunnel; ` +
        `when ${PUSH_REGISTRATION_GATEWAY_CONDITION}, also allow traffic to it on the gateway.`,
    };
  },
});
