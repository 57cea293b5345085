import { consequencesFor } from "@/lib/domain/prerequisites/consequences";
import { ORDERED_RULES } from "@/lib/domain/prerequisites/registry";
import { CHECK_STATUSES, type Check, type CheckStatus, type Evaluation } from "@/lib/domain/prerequisites/types";
import type { EvaluationInput } from "@/lib/domain/settings";

/**
 * Runs every prerequisite rule, in `RULE_IDS` order, against one group's settings (optionally
 * narrowed by one user's device facts). Rich push is supported exactly when no check fails:
 * `warn` and `unknown` ("confirm per user") do not block it.
 */
export function evaluate(input: EvaluationInput): Evaluation {
  const checks: Check[] = new Array(ORDERED_RULES.length);
  let richPushSupported = true;
  for (let i = 0; i < ORDERED_RULES.length; i++) {
    const rule = ORDERED_RULES[i]!;
    const { status, detail, remediation } = rule.evaluate(input);
    if (status === "fail") richPushSupported = false;
    checks[i] = { id: rule.id, status, title: rule.title, detail, remediation, reference: rule.reference, field: rule.field };
  }
  return { richPushSupported, checks, consequences: consequencesFor(richPushSupported, input) };
}

export type EvaluationSummary = Record<CheckStatus, number>;

/** How many checks ended in each status. */
export function summarize(evaluation: Evaluation): EvaluationSummary {
  const counts = Object.fromEntries(CHECK_STATUSES.map((status) => [status, 0])) as EvaluationSummary;
  for (const check of evaluation.checks) counts[check.status] += 1;
  return counts;
}
