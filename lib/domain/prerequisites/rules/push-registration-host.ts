import { parseHostPort, type HostPort } from "@/lib/domain/hosts";
import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { hostIndexFor } from "@/lib/domain/prerequisites/host-index";
import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import { PUSH_REGIONS, pushRegistrationHost, type PushRegion } from "@/lib/domain/settings";

const TARGETS = Object.fromEntries(
  PUSH_REGIONS.map((region) => [region, parseHostPort(pushRegistrationHost(region))!]),
) as Record<PushRegion, HostPort>;

/**
 * Field guidance beyond the reference (DESIGN.md §2.2): a tunnelled app registers for push through
 * its region's push registration host, so that host belongs in Background network services.
 * A warning, never a failure.
 */
export const pushRegistrationHostRule = defineRule({
  id: "push-registration-host",
  title: "Push registration host is in Background network services",
  reference: "When the rich push notification feature is enabled, iOS delivers remote notifications to Secure Mail.",
  field: "backgroundNetworkServices",
  evaluate(input) {
    if (input.networkAccess !== "tunnel_to_internal_network") {
      return settled("not_applicable", "Only applies when Network access is Tunnel to internal network.");
    }
    if (!input.pushRegion) return settled("not_applicable", "No push notification region is set.");

    const host = pushRegistrationHost(input.pushRegion);
    const region = PUSH_REGION_LABELS[input.pushRegion];
    if (hostIndexFor(input.backgroundNetworkServices).has(TARGETS[input.pushRegion])) {
      return settled("pass", `"${host}" (push registration host for ${region}) is in Background network services.`);
    }
    return {
      status: "warn",
      detail: `"${host}" (push registration host for ${region}) is not in Background network services.`,
      remediation: `Add "${host}" to the Background network services policy so that Secure Mail can register for push through the tunnel.`,
    };
  },
});
