import { plural } from "@/lib/format/time";
import { seenCertificatesOf, type SeenCertificate } from "@/lib/probe-runs/probe-run-view";
import type { StoredProbeResult } from "@/lib/probe-runs/views";
import { TARGET_TITLES } from "@/lib/probes/cause-mapping";
import type { ProbeKind } from "@/lib/probes/types";
import type { CertificateExpiryConfig, CertificateExpiryEvidence } from "../contract";
import type { AlertKind } from "./define-kind";

const DAY_MS = 86_400_000;

/** A group's latest finished scheduled check, as the evaluation reads it. */
export type ScheduledRun = { id: string; startedAt: Date; result: StoredProbeResult };

/**
 * One host:port a check contacted. Alerts are kept per endpoint (open key rule:group:endpoint),
 * not per group: a group's gateway and Exchange certificates are renewed separately, often by
 * different teams, so each gets its own alert, its own notice when it fires, and resolves when
 * its own certificate is renewed. The host is compared as the checker does: case-insensitive,
 * trailing dot ignored.
 */
export function endpointKey(endpoint: { host: string; port: number }): string {
  return `${endpoint.host.toLowerCase().replace(/\.$/, "")}:${endpoint.port}`;
}

/** Whole days from `now` to the certificate's validTo, as the TLS step counts them; negative once expired. */
export function daysLeft(validTo: string, now: Date): number {
  return Math.floor((new Date(validTo).getTime() - now.getTime()) / DAY_MS);
}

/**
 * Expires within the rule's days, counted from the evaluation (not from the check): a certificate
 * seen with 31 days left by yesterday's check is within 30 today, and a schedule that was turned
 * off does not stop the count. An expired certificate is within any window.
 */
export function expiresWithin(config: CertificateExpiryConfig, validTo: string, now: Date): boolean {
  return new Date(validTo).getTime() - now.getTime() <= config.withinDays * DAY_MS;
}

/**
 * What the latest check says about one endpoint:
 * - `expiring` / `fine`: a certificate was seen, within the rule's days or beyond them;
 * - `unseen`: the check contacted the host but received no certificate (DNS, TCP or the gateway
 *   failed first). Nothing changes then: an unreachable host tells nothing about its certificate,
 *   so an open alert stays open (not "renewed") and none is opened; the scheduled_check_failed
 *   kind is the one that reports the host being unreachable.
 * An endpoint the check no longer contacts at all (the group's hosts changed) is not listed; its
 * open alert is resolved by the caller with no certificate.
 */
export type EndpointVerdict = {
  key: string;
  state: "expiring" | "fine" | "unseen";
  evidence: CertificateExpiryEvidence;
};

function certificateEvidence(config: CertificateExpiryConfig, run: ScheduledRun, seen: SeenCertificate, now: Date): CertificateExpiryEvidence {
  return {
    targetKind: seen.kind,
    host: seen.host,
    port: seen.port,
    withinDays: config.withinDays,
    certificate: { subject: seen.subject, validTo: seen.validTo, daysLeft: daysLeft(seen.validTo, now), fingerprint256: seen.fingerprint256 },
    runId: run.id,
    checkedAt: run.startedAt.toISOString(),
  };
}

/** Pure: the verdict on each endpoint of a group's latest scheduled check (one per host:port, first target wins). */
export function judgeCertificates(config: CertificateExpiryConfig, run: ScheduledRun, now: Date): EndpointVerdict[] {
  const seen = new Map(seenCertificatesOf(run.result).map((certificate) => [endpointKey(certificate), certificate]));
  const verdicts = new Map<string, EndpointVerdict>();
  for (const { target } of run.result.results) {
    const key = endpointKey(target);
    if (verdicts.has(key)) continue;
    const certificate = seen.get(key);
    if (!certificate) {
      verdicts.set(key, { key, state: "unseen", evidence: endpointGone(config, target, run) });
      continue;
    }
    const state = expiresWithin(config, certificate.validTo, now) ? "expiring" : "fine";
    verdicts.set(key, { key, state, evidence: certificateEvidence(config, run, certificate, now) });
  }
  return [...verdicts.values()];
}

/** The evidence of an endpoint without a certificate to show: no longer contacted, or out of the rule's scope. */
export function endpointGone(
  config: CertificateExpiryConfig,
  endpoint: { kind: ProbeKind; host: string; port: number },
  run: Pick<ScheduledRun, "id" | "startedAt"> | null,
): CertificateExpiryEvidence {
  return {
    targetKind: endpoint.kind,
    host: endpoint.host,
    port: endpoint.port,
    withinDays: config.withinDays,
    certificate: null,
    runId: run?.id ?? null,
    checkedAt: run?.startedAt.toISOString() ?? null,
  };
}

function expiryText(days: number): string {
  if (days < 0) return `expired ${plural(-days, "day")} ago`;
  return days === 0 ? "expires today" : `expires in ${plural(days, "day")}`;
}

export const certificateExpiryKind: AlertKind<"certificate_expiry"> = {
  kind: "certificate_expiry",
  label: "Certificate expiry",
  describe: (config) => `a certificate seen by the latest scheduled check expires within ${plural(config.withinDays, "day")}`,
  summarize: (evidence, groupName, state) => {
    const e = evidence as CertificateExpiryEvidence;
    const where = groupName ?? "a group";
    const endpoint = `${TARGET_TITLES[e.targetKind] ?? e.targetKind} ${e.host}:${e.port}`;
    const certificate = e.certificate;
    if (!certificate) return `${endpoint} in ${where} is no longer among the hosts checked; the alert is closed`;
    const until = certificate.validTo.slice(0, 10);
    return state === "firing"
      ? `Certificate of ${endpoint} in ${where} ${expiryText(certificate.daysLeft)} (${until}, ${certificate.subject || "no subject"})`
      : `Certificate of ${endpoint} in ${where} now valid until ${until} (${plural(certificate.daysLeft, "day")} left)`;
  },
};
