import { Label, Select } from "@/components/ui/field";
import { CAUSE_CODES, CAUSES, OUTCOMES, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import { isKnownCause, isOutcome } from "@/lib/helpdesk/stored-values";
import { OUTCOME_LABELS } from "./outcome-badge";
import type { EventFilters } from "./use-user-events";

/** Outcomes that never carry a cause: the mail itself was shown, on push or after a sync. */
const WITHOUT_CAUSE: Partial<Record<Outcome, string>> = {
  rich: "A rich notification has no cause.",
  sync: "A notification after sync has no cause: the rule that keeps the device off rich push explains it (open a row).",
};

/** The causes the cause filter offers for an outcome: all of them for any outcome, none for rich or sync. */
export function causesFor(outcome: Outcome | ""): CauseCode[] {
  return CAUSE_CODES.filter((cause) => !outcome || CAUSES[cause].outcome === outcome);
}

/** A new outcome keeps the chosen cause only when the cause is one of its own (sync and rich have none). */
export function withOutcome(filters: EventFilters, outcome: Outcome | ""): EventFilters {
  const causeFits = filters.cause === "" || causesFor(outcome).includes(filters.cause);
  return { outcome, cause: causeFits ? filters.cause : "" };
}

/** Outcome and cause filters. The causes listed follow the outcome; for an outcome without causes the cause filter is off. */
export function TimelineFilters({ value, onChange }: { value: EventFilters; onChange: (filters: EventFilters) => void }) {
  const causes = causesFor(value.outcome);
  const noCause = value.outcome ? WITHOUT_CAUSE[value.outcome] : undefined;
  return (
    <form className="flex flex-wrap items-start gap-3" aria-label="Filter the timeline" onSubmit={(event) => event.preventDefault()}>
      <div className="w-48">
        <Label htmlFor="timeline-outcome">Outcome</Label>
        <Select
          id="timeline-outcome"
          value={value.outcome}
          onChange={(event) => onChange(withOutcome(value, isOutcome(event.target.value) ? event.target.value : ""))}
        >
          <option value="">Any</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-64">
        <Label htmlFor="timeline-cause">Cause</Label>
        <Select
          id="timeline-cause"
          value={value.cause}
          disabled={noCause !== undefined}
          aria-describedby={noCause ? "timeline-cause-hint" : undefined}
          onChange={(event) => onChange({ ...value, cause: isKnownCause(event.target.value) ? event.target.value : "" })}
          className="disabled:opacity-60"
        >
          <option value="">Any</option>
          {causes.map((cause) => (
            <option key={cause} value={cause}>
              {cause}
            </option>
          ))}
        </Select>
        {noCause ? (
          <p id="timeline-cause-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {noCause}
          </p>
        ) : null}
      </div>
    </form>
  );
}
