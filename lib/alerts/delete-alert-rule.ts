import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireResourceId } from "@/lib/contract/resource-id";
import { db } from "@/lib/db/client";
import type { AlertRuleView } from "./contract";
import { RULE_INCLUDE, toRuleView } from "./rule-view";

/**
 * Deletes a rule with its alerts and their history (cascade), audited as alert_rule.delete with
 * the rule as it was. Alerts still firing are not announced as resolved: nothing was fixed, the
 * rule is gone; the audit entry records how many were firing.
 */
export async function deleteAlertRule(caller: Caller | null, ruleId: string, context: AuditContext = {}): Promise<AlertRuleView> {
  const admin = requirePermission(caller, "alert:manage");
  const id = requireResourceId(ruleId, "alert rule");
  return db().$transaction(async (tx) => {
    const rule = await tx.alertRule.findUnique({ where: { id }, include: RULE_INCLUDE });
    if (!rule) throw new AppError("not_found", "No such alert rule.");
    await tx.alertRule.delete({ where: { id } });
    const view = toRuleView(rule);
    await recordAudit(
      {
        actor: admin,
        action: "alert_rule.delete",
        targetType: "alert_rule",
        targetId: id,
        details: { name: rule.name, kind: rule.kind, groupId: rule.groupId, config: rule.config ?? {}, firingAlerts: view.firing },
        context,
      },
      tx,
    );
    return view;
  });
}
