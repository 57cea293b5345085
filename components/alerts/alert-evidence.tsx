import type { AlertEvidence, AlertRuleKind, CauseRateEvidence, VerdictFlipEvidence } from "@/lib/alerts/contract";
import { formatDateTime } from "@/lib/format/time";

/** The figures behind an alert, as label–value pairs. */
export function AlertEvidenceList({ kind, evidence }: { kind: AlertRuleKind; evidence: AlertEvidence }) {
  const items = kind === "cause_rate" ? causeRateItems(evidence as CauseRateEvidence) : verdictFlipItems(evidence as VerdictFlipEvidence);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm" data-testid="alert-evidence">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function causeRateItems(e: CauseRateEvidence): [string, string][] {
  return [
    ["Cause", e.cause],
    ["Rate", `${e.ratePercent}% (threshold ${e.thresholdPercent}%)`],
    ["Count", `${e.causeCount} of ${e.total} notifications (at least ${e.minCount} to fire)`],
    ["Window", `${e.windowMinutes} min, ${formatDateTime(e.from)} – ${formatDateTime(e.to)}`],
  ];
}

function verdictFlipItems(e: VerdictFlipEvidence): [string, string][] {
  return [
    ["Rich push", e.richPushSupported ? "Supported" : "Not supported"],
    ["Change", `${e.action}, version ${e.fromVersion} → ${e.toVersion}`],
    ["Failing checks", e.failingRules.join(", ") || "none"],
    ["By", e.actorEmail ?? "system"],
    ["At", formatDateTime(e.at)],
  ];
}
