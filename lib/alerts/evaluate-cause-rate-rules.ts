import "server-only";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { openAlert, resolveAlert } from "./alert-transitions";
import { causeRateCounts } from "./cause-rate-counts";
import { causeRateConfigSchema } from "./contract";
import { causeRateEvidence, causeRateFires } from "./kinds/cause-rate";

export type Transitions = { opened: number; resolved: number };

/**
 * Judges every cause-rate rule over its window ending at `now`: opens an alert in each group
 * whose window meets the rule and has none open, resolves each open alert whose group no longer
 * does (or left the rule's scope). An alert that keeps firing is left alone: its evidence is the
 * one it fired with, until it resolves.
 */
export async function evaluateCauseRateRules(now: Date): Promise<Transitions> {
  const rules = await db().alertRule.findMany({
    where: { kind: "cause_rate" },
    include: { alerts: { where: { state: "firing" }, select: { id: true, groupId: true } } },
  });
  const result: Transitions = { opened: 0, resolved: 0 };
  for (const rule of rules) {
    const config = parseOrThrow(causeRateConfigSchema, rule.config, ["config"]);
    const window = { from: new Date(now.getTime() - config.windowMinutes * 60_000), to: now };
    const groups = await causeRateCounts({ groupId: rule.groupId, cause: config.cause, ...window });
    const open = new Map(rule.alerts.map((alert) => [alert.groupId, alert.id]));

    for (const group of groups) {
      const evidence = causeRateEvidence(config, group, window);
      const alertId = open.get(group.groupId);
      open.delete(group.groupId);
      if (causeRateFires(config, group)) {
        if (!alertId && (await openAlert({ ruleId: rule.id, groupId: group.groupId, groupName: group.groupName, evidence, at: now }))) result.opened += 1;
      } else if (alertId && (await resolveAlert(alertId, evidence, now))) {
        result.resolved += 1;
      }
    }
    // Alerts of groups no longer in scope (the rule was narrowed, or the group deleted).
    for (const alertId of open.values()) {
      if (await resolveAlert(alertId, causeRateEvidence(config, { causeCount: 0, total: 0 }, window), now)) result.resolved += 1;
    }
  }
  return result;
}
