import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Tx } from "@/lib/db/client";
import { alertRuleInputSchema, type ParsedAlertRule } from "./contract";

/** A rule as stored: the validated input, its group known to exist (else a 422 naming groupId, not a foreign-key error). */
export async function parseRuleInput(tx: Tx, input: unknown): Promise<ParsedAlertRule> {
  const rule = parseOrThrow(alertRuleInputSchema, input);
  if (rule.groupId !== null) {
    rule.groupId = rule.groupId.toLowerCase();
    const group = await tx.deliveryGroup.findUnique({ where: { id: rule.groupId }, select: { id: true } });
    if (!group) {
      throw new AppError("validation_failed", "Invalid input: groupId: no such group", { fields: [{ field: "groupId", message: "no such group" }] });
    }
  }
  return rule;
}

/** What an audit entry says about a rule. */
export function auditedRule(rule: ParsedAlertRule) {
  return { name: rule.name, kind: rule.kind, groupId: rule.groupId, config: rule.config };
}
