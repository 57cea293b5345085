import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AlertRuleKind, AlertRuleView } from "./contract";

/** The rule columns every rule read selects: the group's name and the count of firing alerts. */
export const RULE_INCLUDE = {
  group: { select: { name: true } },
  _count: { select: { alerts: { where: { state: "firing" } } } },
} satisfies Prisma.AlertRuleInclude;

type RuleRow = Prisma.AlertRuleGetPayload<{ include: typeof RULE_INCLUDE }>;

export function toRuleView(rule: RuleRow): AlertRuleView {
  return {
    id: rule.id,
    name: rule.name,
    kind: rule.kind as AlertRuleKind,
    groupId: rule.groupId,
    groupName: rule.group?.name ?? null,
    config: rule.config as Record<string, unknown>,
    firing: rule._count.alerts,
    createdByEmail: rule.createdByEmail,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
