import { allClearFinding } from "./all-clear-finding";
import { deviceFindings } from "./device-findings";
import { buildContext } from "./context";
import { eventFindings } from "./event-findings";
import { causeGroupsCoveredBy, groupFindings } from "./group-findings";
import { rankFindings } from "./ranking";
import { ruleFindings } from "./rule-findings";
import type { DiagnosisInput, Finding } from "./types";

/**
 * Why this user does (not) get mail notifications: findings from the prerequisite rules, the
 * group's failure statistics, the user's own recent events and the devices' settings, ranked
 * most likely first (see PRIORITY in ranking.ts). Always returns at least one finding.
 */
export function diagnose(input: DiagnosisInput): Finding[] {
  const ctx = buildContext(input);

  const group = groupFindings(ctx);
  const findings = [
    ...ruleFindings(ctx),
    ...group,
    // The user's events repeat nothing a current group-wide finding already explains.
    ...eventFindings(ctx, causeGroupsCoveredBy(group)),
    ...deviceFindings(ctx),
  ];

  // "No problem found" only when nothing calls for action; it then leads over the info notes.
  if (!findings.some((finding) => finding.severity !== "info")) findings.push(allClearFinding(ctx));
  return rankFindings(findings);
}
