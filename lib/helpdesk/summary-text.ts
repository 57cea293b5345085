import { isFieldGuidance, withoutFieldGuidanceMarker } from "@/lib/domain/field-guidance";
import { EVIDENCE_COUNT_LABELS } from "./evidence-labels";
import type { UserDiagnosis, UserOverview } from "./views";

type FormatTime = (iso: string) => string;

/**
 * The plain-text hand-off a helpdesk agent pastes into a ticket: who, the verdict, the lead
 * finding with its remedy and evidence, and the reference it rests on. Only the lead finding: the
 * ticket should say what to do first; the others stay on the page. Field guidance keeps its label,
 * so a reader of the ticket can tell advice beyond the vendor reference from the reference itself.
 */
export function userSummaryText(overview: UserOverview, diagnosis: UserDiagnosis, formatTime: FormatTime): string {
  const { user, group, evaluation, devices } = overview;
  const lines: string[] = [];

  lines.push(`User: ${user.displayName} <${user.email}>${user.upn !== user.email ? ` (UPN ${user.upn})` : ""}`);
  lines.push(`Delivery group: ${group ? group.name : "none"}`);
  lines.push(`Rich push: ${verdictText(overview)}`);
  if (evaluation && !evaluation.richPushSupported) {
    for (const check of evaluation.checks.filter((item) => item.status === "fail")) lines.push(`  Failing rule: ${check.title}`);
  }
  const lead = diagnosis.findings[0];
  if (lead) lines.push("", ...leadFindingLines(lead, devices, formatTime));
  lines.push("");
  lines.push(`Diagnosis as of ${formatTime(diagnosis.generatedAt)}`);
  return lines.join("\n");
}

function leadFindingLines(lead: UserDiagnosis["findings"][number], devices: UserOverview["devices"], formatTime: FormatTime): string[] {
  const lines: string[] = [];
  lines.push(`Lead finding: ${lead.headline}`);
  lines.push(`Why: ${lead.explanation}`);
  lines.push(`Remedy: ${lead.remedy}`);
  for (const advice of lead.fieldGuidance ?? []) lines.push(`Field guidance (beyond the vendor reference): ${withoutFieldGuidanceMarker(advice)}`);

  const evidence = evidenceLines(lead.evidence, devices, formatTime);
  if (evidence.length > 0) {
    lines.push("Evidence:");
    for (const line of evidence) lines.push(`  ${line}`);
  }
  lines.push(
    isFieldGuidance(lead.reference)
      ? `Basis: field guidance, not the vendor reference: ${withoutFieldGuidanceMarker(lead.reference)}`
      : `Reference: “${lead.reference}”`,
  );
  return lines;
}

function verdictText({ group, evaluation }: UserOverview): string {
  if (!group) return "no delivery group applies to this user";
  if (!group.settings || !evaluation) return `${group.name} has no settings saved yet`;
  return evaluation.richPushSupported ? "supported" : "not supported";
}

function evidenceLines(
  evidence: UserDiagnosis["findings"][number]["evidence"],
  devices: UserOverview["devices"],
  formatTime: FormatTime,
): string[] {
  const lines = Object.entries(evidence.counts).map(([key, value]) => `${value.toLocaleString("en")} ${EVIDENCE_COUNT_LABELS[key] ?? key}`);
  if (evidence.firstSeen) {
    const until = evidence.lastSeen && evidence.lastSeen !== evidence.firstSeen ? ` – ${formatTime(evidence.lastSeen)}` : "";
    lines.push(`Seen ${formatTime(evidence.firstSeen)}${until}`);
  }
  if (evidence.deviceIds.length > 0) {
    const names = evidence.deviceIds.map((id) => devices.find((device) => device.id === id)?.model ?? id);
    lines.push(`Devices: ${names.join(", ")}`);
  }
  return lines;
}
