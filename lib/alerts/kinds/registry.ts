import type { AlertRuleKind } from "../contract";
import { causeRateKind } from "./cause-rate";
import type { AlertKind } from "./define-kind";
import { verdictFlipKind } from "./verdict-flip";

/** Every alert rule kind keyed by its name: a missing kind, or one filed under another name, is a type error. */
export const ALERT_KINDS: { readonly [K in AlertRuleKind]: AlertKind<K> } = {
  cause_rate: causeRateKind,
  verdict_flip: verdictFlipKind,
};

/** A rule's configuration as one sentence. */
export function describeRule(rule: { kind: AlertRuleKind; config: Record<string, unknown> }): string {
  return rule.kind === "cause_rate"
    ? ALERT_KINDS.cause_rate.describe(rule.config as Parameters<typeof causeRateKind.describe>[0])
    : ALERT_KINDS.verdict_flip.describe({});
}
