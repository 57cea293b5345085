import { fieldGuidance } from "@/lib/domain/field-guidance";

/** What a device shows for a new mail: outcomes, cause codes and exact messages (DESIGN.md §2.3). */

/**
 * Two delivery modes, never mixed up (DESIGN.md §2.3):
 * - with rich push, APNs pushes and the app fetches the details over EWS: `rich`, `generic`, `failure`;
 * - without rich push (a rule fails for the device), the notification is posted after iOS woke the
 *   app for a background sync: `sync`. It has no cause code and no push → EWS path; the failing
 *   rule is its explanation.
 */
export const OUTCOMES = ["rich", "sync", "generic", "failure"] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Outcomes of the rich path: only these can carry a cause, a failed step or step timings. */
export const RICH_PATH_OUTCOMES = ["rich", "generic", "failure"] as const;
export type RichPathOutcome = (typeof RICH_PATH_OUTCOMES)[number];
export function isRichPathOutcome(outcome: Outcome): outcome is RichPathOutcome {
  return outcome !== "sync";
}

/** The Inbox activities Secure Mail gets push notifications for (reference: "How push notifications work"). */
export const INBOX_ACTIVITIES = ["new_mail", "meeting_request", "meeting_cancellation", "meeting_update"] as const;
export type InboxActivity = (typeof INBOX_ACTIVITIES)[number];
export const INBOX_ACTIVITY_LABELS: Record<InboxActivity, string> = {
  new_mail: "New mail",
  meeting_request: "Meeting request",
  meeting_cancellation: "Meeting cancellation",
  meeting_update: "Meeting update",
};

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
  outcome: Exclude<RichPathOutcome, "rich">;
  /** Exact text the user sees. */
  message: string;
  cause: string;
  /**
   * What to do: the reference's own remedy where it gives one; where it gives none, advice beyond
   * it marked as field guidance (lib/domain/field-guidance.ts), which every screen labels so.
   */
  remedy: string;
  /**
   * The steps of the path where this cause can arise. One for most causes; `channel_failed`
   * ("Citrix Gateway or EWS") can arise at either connection, and the event's failed step says which.
   */
  steps: readonly [Step, ...Step[]];
  /** The reference sentence this is taken from. */
  reference: string;
};

export const CAUSES: Record<CauseCode, CauseInfo> = {
  ews_no_response: {
    code: "ews_no_response",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "Exchange Web Services gave no response within 30 seconds.",
    remedy: fieldGuidance("Check the load of Exchange Web Services and the device's network; poor Wi-Fi or data connectivity causes this too."),
    steps: ["ews_fetch"],
    reference:
      "The “You have new mail” notification appears on iOS devices when Secure Mail does not receive a response from Exchange Web Services (EWS) within the specified time.",
  },
  container_locked: {
    code: "container_locked",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "The secure container could not be read, typically after a restart before the device was unlocked.",
    remedy: "Unlock the device after a restart.",
    steps: ["container_read"],
    reference:
      "When Secure Mail fails to read the required information from the secure container. This scenario generally occurs after you restart your device and before you unlock the device.",
  },
  channel_failed: {
    code: "channel_failed",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "No connection or secure channel could be set up with Citrix Gateway or EWS.",
    remedy: fieldGuidance("Check that the gateway and the EWS host are reachable and their certificates valid; run Test connectivity."),
    steps: ["gateway_connect", "exchange_connect"],
    reference: "When Secure Mail fails to connect to or set up a secure channel with Citrix Gateway or EWS.",
  },
  credentials_stale: {
    code: "credentials_stale",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "The credentials expired or were changed but not updated in Secure Mail.",
    remedy: fieldGuidance("Open Secure Mail and enter the current credentials."),
    steps: ["ews_fetch"],
    reference:
      "When your credentials have expired or you have modified the credentials, but they are not updated in Secure Mail.",
  },
  unexpected_ews_response: {
    code: "unexpected_ews_response",
    outcome: "generic",
    message: GENERIC_MESSAGE,
    cause: "Exchange returned an unexpected response to a valid request.",
    remedy: "For details about EWS response codes, see the Microsoft developer documentation.",
    steps: ["ews_fetch"],
    reference: "When Secure Mail receives an unexpected response from the Exchange Server for a valid request from Secure Mail.",
  },
  gateway_socks5_failed: {
    code: "gateway_socks5_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect to your organization’s network.",
    cause: "The SOCKS5 connection with Citrix Gateway failed.",
    remedy: fieldGuidance("Check the gateway's SOCKS5 (Secure Ticket Authority) configuration for Secure Mail."),
    steps: ["gateway_connect"],
    reference: "This notification appears when Secure Mail fails to establish a SOCKS5 connection with Citrix Gateway.",
  },
  gateway_unreachable: {
    code: "gateway_unreachable",
    outcome: "failure",
    message: "Secure Mail is unable to connect to your organization’s network. Please contact your administrator.",
    cause: "Citrix Gateway is unreachable.",
    remedy: "Ensure that the Citrix ADC is configured correctly and is reachable from external networks.",
    steps: ["gateway_connect"],
    reference:
      "This notification appears Citrix Gateway is unreachable. Ensure that your Citrix ADC is configured correctly and is reachable from external networks.",
  },
  gateway_tls_failed: {
    code: "gateway_tls_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect securely to your organization’s network. Please contact your administrator.",
    cause: "The SSL connection with Citrix Gateway failed.",
    remedy: "Ensure that the gateway's SSL certificate is valid.",
    steps: ["gateway_connect"],
    reference:
      "This notification appears when Secure Mail fails to establish an SSL connection with the Citrix Gateway. Ensure that your SSL certificate is valid.",
  },
  exchange_tls_failed: {
    code: "exchange_tls_failed",
    outcome: "failure",
    message: "Secure Mail is unable to connect securely to your mail server. Please contact your administrator.",
    cause: "The SSL connection with the Exchange Server failed.",
    remedy: "Ensure that the Exchange Server's SSL certificate is valid, or enable the Accept all SSL certificates policy.",
    steps: ["exchange_connect"],
    reference:
      "Ensure that the SSL certificate on your Exchange Server is valid. If you want the app to connect to the Exchange Server despite having an invalid certificate, ensure that you have enabled the Accept all SSL certificates MDX policy.",
  },
  ews_parse_error: {
    code: "ews_parse_error",
    outcome: "failure",
    message: "Secure Mail is unable to fetch message due to a mail server error. Please contact your administrator.",
    cause: "The EWS response from the Exchange Server could not be parsed.",
    remedy: fieldGuidance("Check what answers at /EWS/Exchange.asmx: a proxy or error page instead of SOAP causes this."),
    steps: ["ews_fetch"],
    reference: "This notification appears when Secure Mail cannot parse the EWS response from the Exchange Server.",
  },
  ews_timeout: {
    code: "ews_timeout",
    outcome: "failure",
    message: "Secure Mail is unable to fetch message due to a request timeout.",
    cause: "No response from the server within 30 seconds.",
    remedy: "Often poor data or Wi-Fi on the device: try again after waiting a few minutes.",
    steps: ["ews_fetch"],
    reference:
      "This notification appears when Secure Mail fails to receive a response from the server within 30 seconds. This notification could appear due to poor data or Wi-Fi connection on your device. Try again after waiting a few minutes.",
  },
  credentials_unavailable: {
    code: "credentials_unavailable",
    outcome: "failure",
    message: "Unable to fetch message. Please open Secure Mail.",
    cause: "The credentials could not be read from the secure container (device restarted, not unlocked).",
    remedy: "Unlock the device; if it persists, open Secure Mail to update the credentials in the secure container.",
    steps: ["container_read"],
    reference:
      "This notification appears when Secure Mail cannot read your credentials from the secure container. This notification could appear when your device has been restarted, but not unlocked.",
  },
};

/** The fallback text the user saw for an event; null when the mail itself was shown (rich, sync). */
export function messageFor(outcome: Outcome, cause: CauseCode | null | undefined): string | null {
  if (outcome === "rich" || outcome === "sync") return null;
  if (outcome === "generic") return GENERIC_MESSAGE;
  return cause ? CAUSES[cause].message : null;
}

/** `rich` and `sync` carry no cause; `generic` and `failure` need one of their own. */
export function isCauseValidFor(outcome: Outcome, cause: CauseCode | null | undefined): boolean {
  if (outcome === "rich" || outcome === "sync") return cause == null;
  if (cause == null) return false;
  return CAUSES[cause].outcome === outcome;
}

/**
 * The step an event failed at: the one it reports, else its cause's only step. Null when the
 * cause can arise at more than one step (channel_failed) and the device did not say which.
 */
export function failedStepOf(cause: CauseCode | null | undefined, reported: Step | null | undefined): Step | null {
  if (reported) return reported;
  if (!cause) return null;
  const steps = CAUSES[cause].steps;
  return steps.length === 1 ? steps[0] : null;
}
