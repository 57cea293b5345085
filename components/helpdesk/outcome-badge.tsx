import { Badge, type Tone } from "@/components/ui/badge";
import type { Outcome } from "@/lib/domain/outcomes";

const OUTCOME_DISPLAY: Record<Outcome, { label: string; tone: Tone }> = {
  rich: { label: "Rich", tone: "green" },
  generic: { label: "You have new mail", tone: "amber" },
  failure: { label: "Failure message", tone: "red" },
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  rich: OUTCOME_DISPLAY.rich.label,
  generic: OUTCOME_DISPLAY.generic.label,
  failure: OUTCOME_DISPLAY.failure.label,
};

/** What the device showed: the mail itself, the generic text, or a failure message. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { label, tone } = OUTCOME_DISPLAY[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}
