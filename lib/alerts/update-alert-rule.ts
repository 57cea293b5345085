import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireResourceId } from "@/lib/contract/resource-id";
import { db } from "@/lib/db/client";
import type { AlertRuleView } from "./contract";
import { auditedRule, parseRuleInput } from "./parse-rule-input";
import { RULE_INCLUDE, toRuleView } from "./rule-view";

/**
 * Replaces a rule, audited as alert_rule.update with before and after. Its firing alerts stay
 * open: the next evaluation judges them by the new settings and resolves them if they no longer hold.
 */
export async function updateAlertRule(caller: Caller | null, ruleId: string, input: unknown, context: AuditContext = {}): Promise<AlertRuleView> {
  const admin = requirePermission(caller, "alert:manage");
  const id = requireResourceId(ruleId, "alert rule");
  return db().$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id } });
    if (!before) throw new AppError("not_found", "No such alert rule.");
    const rule = await parseRuleInput(tx, input);
    const updated = await tx.alertRule.update({
      where: { id },
      data: { name: rule.name, kind: rule.kind, groupId: rule.groupId, config: rule.config, updatedAt: new Date() },
      include: RULE_INCLUDE,
    });
    await recordAudit(
      {
        actor: admin,
        action: "alert_rule.update",
        targetType: "alert_rule",
        targetId: id,
        details: { before: { name: before.name, kind: before.kind, groupId: before.groupId, config: before.config ?? {} }, after: auditedRule(rule) },
        context,
      },
      tx,
    );
    return toRuleView(updated);
  });
}
