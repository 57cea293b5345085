import { CircleCheck, CircleHelp, CircleMinus, CircleX, TriangleAlert, type LucideIcon } from "lucide-react";
import { Badge, type Tone } from "@/components/ui/badge";
import type { CheckStatus } from "@/lib/domain/prerequisites";

const LOOK: Record<CheckStatus, { label: string; tone: Tone; Icon: LucideIcon; iconClass: string }> = {
  pass: { label: "Pass", tone: "green", Icon: CircleCheck, iconClass: "text-emerald-600 dark:text-emerald-400" },
  fail: { label: "Fails", tone: "red", Icon: CircleX, iconClass: "text-red-600 dark:text-red-400" },
  warn: { label: "Warning", tone: "amber", Icon: TriangleAlert, iconClass: "text-amber-600 dark:text-amber-400" },
  not_applicable: { label: "Not applicable", tone: "slate", Icon: CircleMinus, iconClass: "text-slate-600 dark:text-slate-400" },
  unknown: { label: "Confirm per user", tone: "sky", Icon: CircleHelp, iconClass: "text-sky-600 dark:text-sky-400" },
};

export function CheckStatusIcon({ status }: { status: CheckStatus }) {
  const { Icon, iconClass } = LOOK[status];
  return <Icon className={`size-5 shrink-0 ${iconClass}`} aria-hidden />;
}

export function CheckStatusBadge({ status }: { status: CheckStatus }) {
  return <Badge tone={LOOK[status].tone}>{LOOK[status].label}</Badge>;
}
