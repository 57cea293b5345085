import "server-only";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { openAlert, resolveAlert } from "./alert-transitions";
import { scheduledCheckFailedConfigSchema } from "./contract";
import type { Transitions } from "./evaluate-cause-rate-rules";
import { judgeScheduledChecks, outOfScopeEvidence } from "./kinds/scheduled-check-failed";
import { latestScheduledRuns } from "./latest-scheduled-runs";

/**
 * Judges every scheduled_check_failed rule on each group's latest finished scheduled checks (as
 * many as the rule's failures in a row): opens an alert per group (open key rule:group) once they
 * all failed, resolves it when the latest passes, and resolves the alerts of groups the rule no
 * longer covers. An alert that keeps firing keeps the evidence it fired with.
 */
export async function evaluateScheduledCheckRules(now: Date): Promise<Transitions> {
  const rules = await db().alertRule.findMany({
    where: { kind: "scheduled_check_failed" },
    include: { alerts: { where: { state: "firing" }, select: { id: true, groupId: true } } },
  });
  const result: Transitions = { opened: 0, resolved: 0 };
  for (const rule of rules) {
    const config = parseOrThrow(scheduledCheckFailedConfigSchema, rule.config, ["config"]);
    const open = new Map(rule.alerts.map((alert) => [alert.groupId, alert.id]));
    const groups = await latestScheduledRuns({ groupId: rule.groupId, limit: config.afterFailures });

    for (const group of groups) {
      const verdict = judgeScheduledChecks(config, group.runs);
      const alertId = open.get(group.groupId);
      open.delete(group.groupId);
      if (verdict.fires && !alertId) {
        if (await openAlert({ ruleId: rule.id, groupId: group.groupId, groupName: group.groupName, evidence: verdict.evidence, at: now })) result.opened += 1;
      } else if (verdict.passed && alertId && (await resolveAlert(alertId, verdict.evidence, now))) {
        result.resolved += 1;
      }
    }
    for (const alertId of open.values()) {
      if (await resolveAlert(alertId, outOfScopeEvidence(config), now)) result.resolved += 1;
    }
  }
  return result;
}
