/** What a device shows for a new mail: outcomes, cause codes and exact messages (DESIGN.md §2.3). */

export const OUTCOMES = ["rich", "generic", "failure"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GENERIC_CAUSES = [
  "ews_no_response",
  "container_locked",
  "channel_failed",
  "credentials_stale",
  "unexpected_ews_response",
] as const;
export const FAILURE_CAUSES = [
  "gateway_socks5_failed",
  "gateway_unreachable",
  "gateway_tls_failed",
  "exchange_tls_failed",
  "ews_parse_error",
  "ews_timeout",
  "credentials_unavailable",
] as const;
export type GenericCause = (typeof GENERIC_CAUSES)[number];
export type FailureCause = (typeof FAILURE_CAUSES)[number];
export type CauseCode = GenericCause | FailureCause;
export const CAUSE_CODES: readonly CauseCode[] = [...GENERIC_CAUSES, ...FAILURE_CAUSES];

/** The steps of a notification's path, in order. */
export const STEPS = ["push_received", "container_read", "gateway_connect", "exchange_connect", "ews_fetch", "shown"] as const;
export type Step = (typeof STEPS)[number];
export const STEP_LABELS: Record<Step, string> = {
  push_received: "Push received",
  container_read: "Secure container read",
  gateway_connect: "Gateway connection (SOCKS5, TLS)",
  exchange_connect: "Exchange connection (TLS)",
  ews_fetch: "EWS fetch (≤ 30 s)",
  shown: "Shown",
};

export const GENERIC_MESSAGE = "You have new mail";
/** The app has this long to fetch the message details over EWS. */
export const EWS_FETCH_BUDGET_MS = 30_000;

export type CauseInfo = {
  code: CauseCode;
  outcome: Exclude<Outcome, "rich">;
  /** Exact text the user sees. */
  message: string;
  cause: string;
  remedy: string;
  /** The step of the path where this cause arises. */
  step: Step;
  /** The reference sentence this is taken from. */
  reference: string;
};

export const CAUSES: Record<CauseCode, CauseInfo> = {
  ews_no_response: {
    code: "ews_no_response",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "Exchange Web Services gave no response within 30 seconds.",
    remedy: "Check the EWS server's load and the device's network; poor Wi-Fi or data connectivity causes this too.",
    step: "ews_fetch",
    reference:
      "The “You have new mail” notification appears on iOS devices when Secure Mail does not receive a response from Exchange Web Services (EWS) within the specified time.",
  },
  container_locked: {
    code: "container_locked",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "The secure container could not be read, typically after a restart before the device was unlocked.",
    remedy: "Unlock the device after a restart.",
    step: "container_read",
    reference:
      "When Secure Mail fails to read the required information from the secure container. This scenario generally occurs after you restart your device and before you unlock the device.",
  },
  channel_failed: {
    code: "channel_failed",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "No connection or secure channel could be set up with Citrix Gateway or EWS.",
    remedy: "Check that the gateway and the EWS host are reachable and their certificates valid; run Test connectivity.",
    step: "gateway_connect",
    reference: "When Secure Mail fails to connect to or set up a secure channel with Citrix Gateway or EWS.",
  },
  credentials_stale: {
    code: "credentials_stale",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "The credentials expired or were changed but not updated in Secure Mail.",
    remedy: "Open Secure Mail and enter the current credentials.",
    step: "ews_fetch",
    reference:
      "When your credentials have expired or you have modified the credentials, but they are not updated in Secure Mail.",
  },
  unexpected_ews_response: {
    code: "unexpected_ews_response",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "Exchange returned an unexpected response to a valid request.",
    remedy: "Check the Exchange server's EWS logs for the response code.",
    step: "ews_fetch",
    reference: "When Secure Mail receives an unexpected response from the Exchange Server for a valid request from Secure Mail.",
  },
  gateway_socks5_failed: {
    code: "gateway_socks5_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect to your organization's network.",
    cause: "The SOCKS5 connection with Citrix Gateway failed.",
    remedy: "Check the gateway's SOCKS5 (Secure Ticket Authority) configuration for Secure Mail.",
    step: "gateway_connect",
    reference: "This notification appears when Secure Mail fails to establish a SOCKS5 connection with Citrix Gateway.",
  },
  gateway_unreachable: {
    code: "gateway_unreachable",
    outcome: "failure",
    message: "Secure Mail is unable to connect to your organization's network. Please contact your administrator.",
    cause: "Citrix Gateway is unreachable.",
    remedy: "Ensure that the Citrix ADC is configured correctly and is reachable from external networks.",
    step: "gateway_connect",
    reference:
      "This notification appears Citrix Gateway is unreachable. Ensure that your Citrix ADC is configured correctly and is reachable from external networks.",
  },
  gateway_tls_failed: {
    code: "gateway_tls_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect securely to your organization's network. Please contact your administrator.",
    cause: "The SSL connection with Citrix Gateway failed.",
    remedy: "Ensure that the gateway's SSL certificate is valid.",
    step: "gateway_connect",
    reference:
      "This notification appears when Secure Mail fails to establish an SSL connection with the Citrix Gateway. Ensure that your SSL certificate is valid.",
  },
  exchange_tls_failed: {
    code: "exchange_tls_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect securely to your mail server. Please contact your administrator.",
    cause: "The SSL connection with the Exchange Server failed.",
    remedy: "Ensure that the Exchange Server's SSL certificate is valid, or enable the Accept all SSL certificates policy.",
    step: "exchange_connect",
    reference:
      "Ensure that the SSL certificate on your Exchange Server is valid. If you want the app to connect to the Exchange Server despite having an invalid certificate, ensure that you have enabled the Accept all SSL certificates MDX policy.",
  },
  ews_parse_error: {
    code: "ews_parse_error",
    outcome: "failure",
    message: "Secure Mail is unable to fetch message due to a mail server error. Please contact your administrator.",
    cause: "The EWS response from the Exchange Server could not be parsed.",
    remedy: "Check what answers at /EWS/Exchange.asmx: a proxy or error page instead of SOAP causes this.",
    step: "ews_fetch",
    reference: "This notification appears when Secure Mail cannot parse the EWS response from the Exchange Server.",
  },
  ews_timeout: {
    code: "ews_timeout",
    outcome: "failure",
    message: "Secure Mail is unable to fetch message due to a request timeout.",
    cause: "No response from the server within 30 seconds.",
    remedy: "Often poor data or Wi-Fi on the device: try again after a few minutes. If it persists for many users, check the server.",
    step: "ews_fetch",
    reference:
      "This notification appears when Secure Mail fails to receive a response from the server within 30 seconds. This notification could appear due to poor data or Wi-Fi connection on your device. Try again after waiting a few minutes.",
  },
  credentials_unavailable: {
    code: "credentials_unavailable",
    outcome: "failure",
    message: "Unable to fetch message. Please open Secure Mail.",
    cause: "The credentials could not be read from the secure container (device restarted, not unlocked).",
    remedy: "Unlock the device; if it persists, open Secure Mail to update the credentials in the secure container.",
    step: "container_read",
    reference:
      "This notification appears when Secure Mail cannot read your credentials from the secure container. This notification could appear when your device has been restarted, but not unlocked.",
  },
};

/** The text the user saw for an event. */
export function messageFor(outcome: Outcome, cause: CauseCode | null | undefined): string | null {
  if (outcome === "rich") return null;
  if (outcome === "generic") return GENERIC_MESSAGE;
  return cause ? CAUSES[cause].message : null;
}

export function isCauseValidFor(outcome: Outcome, cause: CauseCode | null | undefined): boolean {
  if (outcome === "rich") return cause == null;
  if (cause == null) return false;
  return CAUSES[cause].outcome === outcome;
}
