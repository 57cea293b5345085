import { fieldGuidance } from "@/lib/domain/field-guidance";
import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { PUSH_REGISTRATION_GATEWAY_CONDITION } from "@/lib/domain/push-registration-hosts";
import {
  CERTIFICATE_REASONS,
  type ProbeKind,
  type ProbePolicy,
  type ProbeStep,
  type ProbeStepName,
  type ProbeTarget,
  type TargetResult,
} from "@/lib/probes/types";

/**
 * Pure: maps a target's steps to the failure users would see (DESIGN.md §2.3), with its remedy
 * from the CAUSES catalogue. The choices, where the reference leaves room:
 * - Gateway: DNS or TCP failure → gateway_unreachable; TLS → gateway_tls_failed; SOCKS5 (refused
 *   method, refused CONNECT, no answer) → gateway_socks5_failed.
 * - EWS / ActiveSync: a step that got no answer in time (TCP, TLS or the request) →
 *   ews_timeout, since the app gives up after its 30 s budget whatever it was waiting for;
 *   DNS failure, refused or broken connection → channel_failed ("fails to connect to … EWS");
 *   TLS (certificate or handshake) → exchange_tls_failed; HTML or unparsable answer → ews_parse_error.
 * - With Accept all SSL certificates on, the app ignores a bad Exchange certificate, so a later
 *   failure is what users see; when nothing else fails the host is reachable (ok, no cause) and
 *   the certificate is still reported: on its step, in the summary and in the policy note.
 * - Push registration host: no notification-centre message exists (devices simply get no push),
 *   so the cause stays null; the remedy is field guidance (the reference does not name the host).
 * - A cancelled run or an internal error names no cause: it says nothing about users.
 */

export type CauseVerdict = Pick<TargetResult, "ok" | "cause" | "message" | "remedy" | "policyNote" | "summary">;

export const STEP_TITLES: Record<ProbeStepName, string> = {
  dns: "DNS resolution",
  tcp: "TCP connection",
  tls: "TLS handshake",
  socks5: "SOCKS5 handshake",
  ews_request: "EWS request",
};

export const TARGET_TITLES: Record<ProbeKind, string> = {
  gateway: "Gateway",
  ews: "EWS host",
  activesync: "ActiveSync host",
  push_registration: "Push registration host",
};

export const isExchange = (kind: ProbeKind) => kind === "ews" || kind === "activesync";
const isFailure = (step: ProbeStep) => step.status === "failed" || step.status === "refused";
/** A TLS step that completed the handshake but found the certificate wanting. */
export const isCertificateFailure = (step: ProbeStep) =>
  step.name === "tls" && step.reason !== null && CERTIFICATE_REASONS.includes(step.reason);

/**
 * Like the app: with Accept all SSL certificates on, a bad Exchange certificate stops nobody.
 * The MDX policy covers the Exchange Server only, so a gateway certificate still stops the app.
 */
export const isCertificateOverridden = (kind: ProbeKind, step: ProbeStep, policy: ProbePolicy) =>
  isExchange(kind) && policy.acceptAllSslCertificates && isCertificateFailure(step);

/** A host users reach only because Accept all SSL certificates lets the app past its bad certificate. */
export const isReachablePastCertificate = (result: Pick<TargetResult, "ok" | "steps">) =>
  result.ok && result.steps.some((step) => isFailure(step) && isCertificateFailure(step));

function gatewayCause(step: ProbeStep): CauseCode {
  if (step.name === "dns" || step.name === "tcp") return "gateway_unreachable";
  return step.name === "tls" ? "gateway_tls_failed" : "gateway_socks5_failed";
}

function exchangeCause(step: ProbeStep): CauseCode {
  if (step.reason === "timeout" && step.name !== "dns") return "ews_timeout";
  if (step.name === "tls") return "exchange_tls_failed";
  if (step.reason === "ews_html" || step.reason === "ews_unparsable") return "ews_parse_error";
  return "channel_failed";
}

function acceptAllNote(kind: ProbeKind, steps: ProbeStep[], policy: ProbePolicy): string | null {
  const tls = steps.find((step) => step.name === "tls" && isFailure(step));
  if (!isExchange(kind) || !tls || tls.reason === "timeout" || tls.reason === "aborted") return null;
  const state = policy.acceptAllSslCertificates ? "on" : "off";
  if (!isCertificateFailure(tls)) {
    return `Accept all SSL certificates is ${state} for this group; it does not help here: the TLS handshake itself failed.`;
  }
  return policy.acceptAllSslCertificates
    ? "Accept all SSL certificates is on for this group: users will still connect, but fix the certificate."
    : "Accept all SSL certificates is off for this group: users cannot connect to Exchange until the certificate is fixed.";
}

function where(target: ProbeTarget): string {
  return `${TARGET_TITLES[target.kind]} ${target.host}:${target.port}`;
}

function failureLine(target: ProbeTarget, step: ProbeStep): string {
  const verb = step.status === "refused" ? "refused" : "failed";
  return `${where(target)}: ${STEP_TITLES[step.name]} ${verb}: ${step.detail}`;
}

/** Field guidance (vendor's "Push notifications for Secure Mail" page, DESIGN.md §2.1), not the reference. */
function pushRegistrationRemedy(target: ProbeTarget): string {
  return fieldGuidance(
    `Devices that cannot reach ${target.host}:${target.port} cannot register for push notifications, so none arrive. ` +
      "With Tunnel to internal network, list it in Background network services; " +
      `when ${PUSH_REGISTRATION_GATEWAY_CONDITION}, the gateway must allow traffic to it.`,
  );
}

const noCause = (ok: boolean, summary: string, remedy: string | null = null, policyNote: string | null = null): CauseVerdict => ({
  ok,
  cause: null,
  message: null,
  remedy,
  policyNote,
  summary,
});

export function mapCause(target: ProbeTarget, steps: ProbeStep[], policy: ProbePolicy): CauseVerdict {
  const failures = steps.filter(isFailure);
  const cancelled = failures.find((step) => step.reason === "aborted" || step.reason === "internal_error");
  if (cancelled) return noCause(false, `${where(target)}: the test did not finish: ${cancelled.detail}`);

  const decisive = failures.find((step) => !isCertificateOverridden(target.kind, step, policy));

  if (!decisive) {
    const last = [...steps].reverse().find((step) => step.status === "ok");
    const reachable = `${where(target)} is reachable${last ? `: ${last.detail}` : ""}`;
    const certificate = failures[0]; // only an overridden certificate can be left here
    if (!certificate) return noCause(true, reachable);
    return noCause(
      true,
      `${reachable}; but its certificate is not valid: ${certificate.detail}`,
      null,
      acceptAllNote(target.kind, steps, policy),
    );
  }

  if (target.kind === "push_registration") {
    return noCause(false, failureLine(target, decisive), pushRegistrationRemedy(target));
  }

  const cause = target.kind === "gateway" ? gatewayCause(decisive) : exchangeCause(decisive);
  return {
    ok: false,
    cause,
    message: CAUSES[cause].message,
    remedy: CAUSES[cause].remedy,
    policyNote: acceptAllNote(target.kind, steps, policy),
    summary: failureLine(target, decisive),
  };
}
