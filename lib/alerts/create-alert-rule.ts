import "server-only";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { AlertRuleView } from "./contract";
import { auditedRule, parseRuleInput } from "./parse-rule-input";
import { RULE_INCLUDE, toRuleView } from "./rule-view";

/** Creates an alert rule, audited as alert_rule.create in the same transaction. */
export async function createAlertRule(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<AlertRuleView> {
  const admin = requirePermission(caller, "alert:manage");
  return db().$transaction(async (tx) => {
    const rule = await parseRuleInput(tx, input);
    const created = await tx.alertRule.create({
      data: { name: rule.name, kind: rule.kind, groupId: rule.groupId, config: rule.config, createdByEmail: admin.email },
      include: RULE_INCLUDE,
    });
    await recordAudit({ actor: admin, action: "alert_rule.create", targetType: "alert_rule", targetId: created.id, details: auditedRule(rule), context }, tx);
    return toRuleView(created);
  });
}
