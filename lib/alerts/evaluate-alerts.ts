import "server-only";
import { db } from "@/lib/db/client";
import type { EvaluationResult } from "./contract";
import { evaluateCauseRateRules } from "./evaluate-cause-rate-rules";
import { evaluateVerdictFlips } from "./evaluate-verdict-flips";

/**
 * One evaluation of every rule at `now`: the verdict flips recorded since the last one, then the
 * cause rates over each rule's window. Safe to run on several instances at once (the open key's
 * unique index and the flips' row locks decide), though the minutely job runs it once per minute.
 */
export async function evaluateAlerts(now = new Date()): Promise<EvaluationResult> {
  const flips = await evaluateVerdictFlips(now);
  const rates = await evaluateCauseRateRules(now);
  const firing = await db().alert.count({ where: { state: "firing" } });
  return { opened: flips.opened + rates.opened, resolved: flips.resolved + rates.resolved, firing };
}
