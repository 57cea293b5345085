import { allClearFinding } from "./all-clear-finding";
import { buildContext } from "./context";
import { deviceFindings } from "./device-findings";
import { eventFindings } from "./event-findings";
import { causesCoveredBy, groupFindings } from "./group-findings";
import { PRIORITY, rankFindings } from "./ranking";
import { ruleFindings } from "./rule-findings";
import type { DiagnosisInput, Finding } from "./types";

/**
 * Why this user does (not) get mail notifications: findings from the prerequisite rules, the
 * group's bursts, the user's own recent events and the devices' settings, ranked most likely
 * first (PRIORITY in ranking.ts holds the precedence of the lead). Always returns at least one
 * finding.
 */
export function diagnose(input: DiagnosisInput): Finding[] {
  const ctx = buildContext(input);

  const group = groupFindings(ctx);
  const findings = [
    ...ruleFindings(ctx),
    ...group,
    // The user's events repeat nothing a burst that hit them already explains.
    ...eventFindings(ctx, causesCoveredBy(group)),
    ...deviceFindings(ctx),
  ];

  // "No problem found" when no step of the precedence applies; it then leads.
  if (!findings.some((finding) => finding.priority > PRIORITY.allClear)) findings.push(allClearFinding(ctx, findings));
  return rankFindings(findings);
}
