import type {
  AlertEvidence,
  AlertRuleKind,
  CauseRateEvidence,
  CertificateExpiryEvidence,
  CheckFailure,
  ScheduledCheckFailedEvidence,
  VerdictFlipEvidence,
} from "@/lib/alerts/contract";
import { formatDateTime, plural } from "@/lib/format/time";
import { TARGET_TITLES } from "@/lib/probes/cause-mapping";

/** The figures behind an alert, as label–value pairs. */
export function AlertEvidenceList({ kind, evidence }: { kind: AlertRuleKind; evidence: AlertEvidence }) {
  const items = ITEMS[kind](evidence);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm" data-testid="alert-evidence">
      {items.map(([label, value], index) => (
        <div key={`${label}-${index}`} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Items = [string, string][];

const ITEMS: { [K in AlertRuleKind]: (evidence: AlertEvidence) => Items } = {
  cause_rate: (e) => causeRateItems(e as CauseRateEvidence),
  verdict_flip: (e) => verdictFlipItems(e as VerdictFlipEvidence),
  certificate_expiry: (e) => certificateItems(e as CertificateExpiryEvidence),
  scheduled_check_failed: (e) => scheduledCheckItems(e as ScheduledCheckFailedEvidence),
};

function causeRateItems(e: CauseRateEvidence): Items {
  return [
    ["Cause", e.cause],
    ["Rate", `${e.ratePercent}% (threshold ${e.thresholdPercent}%)`],
    ["Count", `${e.causeCount} of ${e.total} notifications (at least ${e.minCount} to fire)`],
    ["Window", `${e.windowMinutes} min, ${formatDateTime(e.from)} – ${formatDateTime(e.to)}`],
  ];
}

function verdictFlipItems(e: VerdictFlipEvidence): Items {
  return [
    ["Rich push", e.richPushSupported ? "Supported" : "Not supported"],
    ["Change", `${e.action}, version ${e.fromVersion} → ${e.toVersion}`],
    ["Failing checks", e.failingRules.join(", ") || "none"],
    ["By", e.actorEmail ?? "system"],
    ["At", formatDateTime(e.at)],
  ];
}

function daysLeftText(days: number): string {
  return days < 0 ? `expired ${plural(-days, "day")} ago` : `${plural(days, "day")} left`;
}

function checkedItem(runAt: string | null): Items {
  return [["Scheduled check", runAt ? formatDateTime(runAt) : "none"]];
}

function certificateItems(e: CertificateExpiryEvidence): Items {
  const host: Items = [["Host", `${TARGET_TITLES[e.targetKind] ?? e.targetKind} ${e.host}:${e.port}`]];
  const certificate: Items = e.certificate
    ? [
        ["Subject", e.certificate.subject || "none"],
        ["Valid to", `${formatDateTime(e.certificate.validTo)} (${daysLeftText(e.certificate.daysLeft)}, threshold ${plural(e.withinDays, "day")})`],
      ]
    : [["Certificate", "not checked any more (the group's hosts changed, or the rule no longer covers the group)"]];
  return [...host, ...certificate, ...checkedItem(e.checkedAt)];
}

function failureText(failure: CheckFailure): string {
  const step = failure.step ? `${failure.step} ${failure.status}${failure.reason ? ` (${failure.reason})` : ""}: ` : "";
  const cause = failure.cause ? ` → ${failure.cause}` : "";
  return `${step}${failure.detail}${cause}`;
}

function scheduledCheckItems(e: ScheduledCheckFailedEvidence): Items {
  const verdict = e.passed === null ? "not covered by the rule" : e.passed ? "passed" : "failed";
  return [
    ...checkedItem(e.checkedAt),
    ["Result", `${verdict}: ${e.summary}`],
    ["Failed in a row", `${e.consecutiveFailures} (fires at ${e.afterFailures})`],
    ...e.failures.map((failure): [string, string] => [`${TARGET_TITLES[failure.targetKind] ?? failure.targetKind} ${failure.host}:${failure.port}`, failureText(failure)]),
  ];
}
