import { Label, Select } from "@/components/ui/field";
import { CAUSE_CODES, CAUSES, OUTCOMES, type CauseCode } from "@/lib/domain/outcomes";
import { OUTCOME_LABELS } from "./outcome-badge";
import type { EventFilters } from "./use-user-events";

/** Outcome and cause filters. The causes listed follow the outcome; a new outcome drops a cause that is not one of its own. */
export function TimelineFilters({ value, onChange }: { value: EventFilters; onChange: (filters: EventFilters) => void }) {
  const causes = CAUSE_CODES.filter((cause) => !value.outcome || CAUSES[cause].outcome === value.outcome);
  return (
    <form className="flex flex-wrap gap-3" aria-label="Filter the timeline" onSubmit={(event) => event.preventDefault()}>
      <div className="w-48">
        <Label htmlFor="timeline-outcome">Outcome</Label>
        <Select
          id="timeline-outcome"
          value={value.outcome}
          onChange={(event) => {
            const outcome = event.target.value;
            const causeFits = !outcome || !value.cause || CAUSES[value.cause as CauseCode].outcome === outcome;
            onChange({ outcome, cause: causeFits ? value.cause : "" });
          }}
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
        <Select id="timeline-cause" value={value.cause} onChange={(event) => onChange({ ...value, cause: event.target.value })}>
          <option value="">Any</option>
          {causes.map((cause) => (
            <option key={cause} value={cause}>
              {cause}
            </option>
          ))}
        </Select>
      </div>
    </form>
  );
}
