import { Badge } from "@/components/ui/badge";
import { isFieldGuidance, type Finding } from "@/lib/domain/diagnosis";
import type { DeviceView } from "@/lib/helpdesk/views";
import { FieldGuidance } from "@/components/ui/field-guidance";
import { ReferenceQuote } from "@/components/ui/sourced-text";
import { formatDateTime } from "./format";
import { SeverityBadge } from "./severity-badge";
import { EVIDENCE_COUNT_LABELS as COUNT_LABELS } from "@/lib/helpdesk/evidence-labels";

/** Any finding the helpdesk shows: the diagnosis' own, or the helpdesk's "no policy applies". */
type AnyFinding = Finding<string>;

function Evidence({ finding, devices }: { finding: AnyFinding; devices: readonly DeviceView[] }) {
  const { counts, firstSeen, lastSeen, deviceIds } = finding.evidence;
  const named = deviceIds.map((id) => devices.find((device) => device.id === id)?.model ?? id);
  const entries = Object.entries(counts);
  if (entries.length === 0 && !firstSeen && named.length === 0) return null;
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-right font-mono tabular-nums">{value.toLocaleString()}</dt>
          <dd className="text-slate-600 dark:text-slate-400">{COUNT_LABELS[key] ?? key}</dd>
        </div>
      ))}
      {firstSeen ? (
        <div className="contents">
          <dt className="text-right text-slate-600 dark:text-slate-400">Seen</dt>
          <dd>
            {formatDateTime(firstSeen)}
            {lastSeen && lastSeen !== firstSeen ? ` – ${formatDateTime(lastSeen)}` : ""}
          </dd>
        </div>
      ) : null}
      {named.length > 0 ? (
        <div className="contents">
          <dt className="text-right text-slate-600 dark:text-slate-400">Devices</dt>
          <dd>{named.join(", ")}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The reference sentence, quoted; a finding resting on field guidance alone says so instead of quoting. */
function Basis({ reference }: { reference: string }) {
  if (isFieldGuidance(reference)) return <ReferenceQuote text={reference} className="text-slate-600 dark:text-slate-400" />;
  return (
    <figure>
      <figcaption className="sr-only">From the vendor reference</figcaption>
      <ReferenceQuote text={reference} className="border-l-2 border-slate-300 pl-3 text-slate-600 dark:border-slate-700 dark:text-slate-400" />
    </figure>
  );
}

/**
 * One explanation: what happens, why, what to do as the reference says, field guidance beyond it
 * under its own label, the evidence, and the documentation it rests on.
 */
export function FindingDetails({ finding, devices }: { finding: AnyFinding; devices: readonly DeviceView[] }) {
  return (
    <div className="space-y-2 text-sm">
      <p>{finding.explanation}</p>
      {finding.remedy ? (
        <div className="rounded-md bg-emerald-50 p-3 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100">
          <p className="font-medium">What to do</p>
          <p>{finding.remedy}</p>
        </div>
      ) : null}
      <FieldGuidance items={finding.fieldGuidance} />
      <Evidence finding={finding} devices={devices} />
      <Basis reference={finding.reference} />
    </div>
  );
}

/** Marks, next to its headline, a finding that rests on field guidance alone (the push registration host). */
export function FieldGuidanceBadge({ finding }: { finding: AnyFinding }) {
  return isFieldGuidance(finding.reference) ? <Badge tone="amber">Field guidance</Badge> : null;
}

/** The leading finding, in full. */
export function LeadFinding({ finding, devices }: { finding: AnyFinding; devices: readonly DeviceView[] }) {
  return (
    <article aria-labelledby={`finding-${finding.id}`} data-testid="lead-finding" data-finding-id={finding.id} className="space-y-3">
      <div className="flex items-start gap-3">
        <SeverityBadge severity={finding.severity} />
        <FieldGuidanceBadge finding={finding} />
        <h3 id={`finding-${finding.id}`} className="text-lg leading-snug font-semibold">
          {finding.headline}
        </h3>
      </div>
      <FindingDetails finding={finding} devices={devices} />
    </article>
  );
}
