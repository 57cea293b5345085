import { Badge, type Tone } from "@/components/ui/badge";
import type { Severity } from "@/lib/domain/diagnosis";

const SEVERITY_DISPLAY: Record<Severity, { label: string; tone: Tone }> = {
  critical: { label: "Critical", tone: "red" },
  warning: { label: "Warning", tone: "amber" },
  info: { label: "Info", tone: "sky" },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { label, tone } = SEVERITY_DISPLAY[severity];
  return <Badge tone={tone}>{label}</Badge>;
}
