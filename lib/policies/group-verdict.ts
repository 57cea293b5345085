import { evaluate, summarize, type Evaluation } from "@/lib/domain/prerequisites";
import type { GroupSettings } from "@/lib/domain/settings";
import type { GroupVerdict } from "./views";

/** The list's verdict for one group: whether rich push works, and how many checks fail, warn or need a per-user look. */
export function verdictOf(settingsOrEvaluation: GroupSettings | Evaluation): GroupVerdict {
  const evaluation = "checks" in settingsOrEvaluation ? settingsOrEvaluation : evaluate(settingsOrEvaluation);
  const counts = summarize(evaluation);
  return {
    richPushSupported: evaluation.richPushSupported,
    failing: counts.fail,
    warnings: counts.warn,
    unknown: counts.unknown,
    failingRules: evaluation.checks.filter((check) => check.status === "fail").map((check) => check.id),
  };
}
