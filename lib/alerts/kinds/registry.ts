import type { AlertRuleKind } from "../contract";
import { causeRateKind } from "./cause-rate";
import { certificateExpiryKind } from "./certificate-expiry";
import type { AlertKind } from "./define-kind";
import { scheduledCheckFailedKind } from "./scheduled-check-failed";
import { verdictFlipKind } from "./verdict-flip";

/** Every alert rule kind keyed by its name: a missing kind, or one filed under another name, is a type error. */
export const ALERT_KINDS: { readonly [K in AlertRuleKind]: AlertKind<K> } = {
  cause_rate: causeRateKind,
  verdict_flip: verdictFlipKind,
  certificate_expiry: certificateExpiryKind,
  scheduled_check_failed: scheduledCheckFailedKind,
};

type Describable = { kind: AlertRuleKind; config: Record<string, unknown> };

/** A rule's configuration as one sentence (the stored config was validated by its kind's schema on write). */
export function describeRule(rule: Describable): string {
  const describe = ALERT_KINDS[rule.kind].describe as (config: Record<string, unknown>) => string;
  return describe(rule.config);
}
