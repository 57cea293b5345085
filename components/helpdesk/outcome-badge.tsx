import { Badge, type Tone } from "@/components/ui/badge";
import type { Outcome } from "@/lib/domain/outcomes";

const OUTCOME_DISPLAY: Record<Outcome, { label: string; tone: Tone }> = {
  rich: { label: "Rich", tone: "green" },
  // Not a fault of the rich path: the setup has no rich push, so the mail shows after a background sync.
  sync: { label: "After sync", tone: "slate" },
  generic: { label: "You have new mail", tone: "amber" },
  failure: { label: "Failure message", tone: "red" },
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  rich: OUTCOME_DISPLAY.rich.label,
  sync: OUTCOME_DISPLAY.sync.label,
  generic: OUTCOME_DISPLAY.generic.label,
  failure: OUTCOME_DISPLAY.failure.label,
};

/** What the device showed: the mail itself (on push or after a sync), the generic text, or a failure message. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { label, tone } = OUTCOME_DISPLAY[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}
