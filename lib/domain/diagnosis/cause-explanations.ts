import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";

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
