import "server-only";
import { db } from "@/lib/db/client";
import type { EvaluationResult } from "./contract";
import { evaluateCauseRateRules, type Transitions } from "./evaluate-cause-rate-rules";
import { evaluateCertificateExpiryRules } from "./evaluate-certificate-expiry-rules";
import { evaluateScheduledCheckRules } from "./evaluate-scheduled-check-rules";
import { evaluateVerdictFlips } from "./evaluate-verdict-flips";

/**
 * One evaluation of every rule at `now`: the verdict flips recorded since the last one, the
 * cause rates over each rule's window, then the groups' latest scheduled checks (certificates
 * and failures). Safe to run on several instances at once (the open key's
 * unique index and the flips' row locks decide), though the minutely job runs it once per minute.
 */
export async function evaluateAlerts(now = new Date()): Promise<EvaluationResult> {
  const flips = await evaluateVerdictFlips(now);
  const rates = await evaluateCauseRateRules(now);
  const certificates = await evaluateCertificateExpiryRules(now);
  const checks = await evaluateScheduledCheckRules(now);
  const all: Transitions[] = [flips, rates, certificates, checks];
  const firing = await db().alert.count({ where: { state: "firing" } });
  return { opened: sum(all, "opened"), resolved: sum(all, "resolved"), firing };
}

const sum = (all: Transitions[], key: keyof Transitions) => all.reduce((total, one) => total + one[key], 0);
