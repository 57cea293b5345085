import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AlertEvidence, AlertRuleKind, AlertState, AlertView } from "./contract";
import { ALERT_KINDS } from "./kinds/registry";

export const ALERT_INCLUDE = {
  rule: { select: { name: true, kind: true } },
  events: { orderBy: { at: "asc" }, select: { at: true, state: true, evidence: true } },
} satisfies Prisma.AlertInclude;

type AlertRow = Prisma.AlertGetPayload<{ include: typeof ALERT_INCLUDE }>;

/** The sentence that names an alert, the same on the page and in the channels' notice. */
export function alertSummary(kind: AlertRuleKind, evidence: unknown, groupName: string | null, state: AlertState): string {
  return ALERT_KINDS[kind].summarize(evidence as Record<string, unknown>, groupName, state);
}

export function toAlertView(alert: AlertRow): AlertView {
  const kind = alert.rule.kind as AlertRuleKind;
  const state = alert.state as AlertState;
  return {
    id: alert.id,
    ruleId: alert.ruleId,
    ruleName: alert.rule.name,
    kind,
    groupId: alert.groupId,
    groupName: alert.groupName,
    state,
    summary: alertSummary(kind, alert.evidence, alert.groupName, state),
    evidence: alert.evidence as AlertEvidence,
    firedAt: alert.firedAt.toISOString(),
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    history: alert.events.map((event) => ({ at: event.at.toISOString(), state: event.state as AlertState, evidence: event.evidence as AlertEvidence })),
  };
}
