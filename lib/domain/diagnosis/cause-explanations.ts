import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import type { GroupSettings } from "@/lib/domain/settings";

/**
 * Causes that share one explanation for the user are reported together: a restart before unlock
 * shows up as both container_locked and credentials_unavailable, a slow EWS as both
 * ews_no_response and ews_timeout.
 */
export type CauseGroup = {
  id: string;
  causes: readonly CauseCode[];
  /** Completes "… because <reason>". */
  reason: string;
};

const SHARED_GROUPS: readonly CauseGroup[] = [
  {
    id: "restart-before-unlock",
    causes: ["container_locked", "credentials_unavailable"],
    reason: "the device had restarted and was not yet unlocked, so Secure Mail could not read the secure container",
  },
  {
    id: "no-ews-response",
    causes: ["ews_no_response", "ews_timeout"],
    reason: "Exchange Web Services did not answer within 30 seconds",
  },
];

/** Completes "… because <reason>" for causes that stand alone. */
const REASONS: Record<CauseCode, string> = {
  ews_no_response: "Exchange Web Services did not answer within 30 seconds",
  container_locked: "Secure Mail could not read the secure container",
  channel_failed: "no connection or secure channel could be set up with Citrix Gateway or EWS",
  credentials_stale: "the credentials expired or were changed but not updated in Secure Mail",
  unexpected_ews_response: "Exchange returned an unexpected response to a valid request",
  gateway_socks5_failed: "the SOCKS5 connection with Citrix Gateway failed",
  gateway_unreachable: "Citrix Gateway was unreachable",
  gateway_tls_failed: "the SSL connection with Citrix Gateway failed",
  exchange_tls_failed: "the SSL connection with the Exchange Server failed",
  ews_parse_error: "the EWS response from the Exchange Server could not be parsed",
  ews_timeout: "the server did not respond within 30 seconds",
  credentials_unavailable: "Secure Mail could not read the credentials from the secure container",
};

export function causeGroupOf(cause: CauseCode): CauseGroup {
  return SHARED_GROUPS.find((group) => group.causes.includes(cause)) ?? { id: cause, causes: [cause], reason: REASONS[cause] };
}

export const POOR_NETWORK_REFERENCE = "You may also experience this behavior on your device based on poor Wi-Fi or data connectivity.";

function exchangeTlsRemedy(settings: GroupSettings): string {
  if (settings.acceptAllSslCertificates) {
    return `Accept all SSL certificates is already on for this group, so an invalid certificate alone does not explain this: check the SSL setup of the Exchange Server at ${settings.ewsHost} (protocol versions, the certificate chain it sends) and that it answers on its port.`;
  }
  return `Make sure the SSL certificate on the Exchange Server at ${settings.ewsHost} is valid (not expired, a trusted chain, the name matches), or enable the Accept all SSL certificates policy for this group, which is off now, to connect despite an invalid certificate.`;
}

/**
 * The remedy for a cause, with the group's settings filled in. `manyUsers` says whether other
 * users see it too, which moves the blame for timeouts from the device's network to the server.
 */
export function remedyForCause(cause: CauseCode, settings: GroupSettings, manyUsers: boolean): string {
  switch (cause) {
    case "exchange_tls_failed":
      return exchangeTlsRemedy(settings);
    case "ews_no_response":
    case "ews_timeout":
      return manyUsers
        ? `Many users are affected, so look at the server rather than the devices: check the load and availability of Exchange Web Services at ${settings.ewsHost}.`
        : "Most likely poor Wi-Fi or data connectivity on the device: try again after a few minutes on a better connection. If it persists, check the EWS server's load.";
    case "container_locked":
    case "credentials_unavailable":
      return CAUSES.credentials_unavailable.remedy;
    case "gateway_socks5_failed":
    case "gateway_unreachable":
    case "gateway_tls_failed":
      return settings.gateway ? `${CAUSES[cause].remedy} The group's gateway is ${settings.gateway}.` : CAUSES[cause].remedy;
    default:
      return CAUSES[cause].remedy;
  }
}

/** The reference sentence for a cause; for a single user's timeouts the poor-network sentence. */
export function referenceForCause(cause: CauseCode, manyUsers: boolean): string {
  if ((cause === "ews_no_response" || cause === "ews_timeout") && !manyUsers) return POOR_NETWORK_REFERENCE;
  return CAUSES[cause].reference;
}

/** How events with these causes ended, for "… notifications for Ana <verb> because …". */
export function outcomeVerb(causes: readonly CauseCode[]): string {
  const outcomes = new Set(causes.map((cause) => CAUSES[cause].outcome));
  if (outcomes.size > 1) return "showed “You have new mail” or a failure message";
  if (outcomes.has("generic")) return "showed only “You have new mail”";
  return "failed";
}
