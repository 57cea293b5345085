import type { EvaluationInput, GroupSettings } from "@/lib/domain/settings";

/** Stable rule ids (DESIGN.md §2.2) plus the field warning for push registration. */
export const RULE_IDS = [
  "push-notifications",
  "network-access",
  "background-network-services",
  "lock-screen-notifications",
  "mail-notifications",
  "authentication",
  "intune-integration",
  "derived-credentials",
  "push-registration-host",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CHECK_STATUSES = ["pass", "fail", "warn", "not_applicable", "unknown"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export type Check = {
  id: RuleId;
  status: CheckStatus;
  title: string;
  /** Names the offending value when the check does not pass. */
  detail: string;
  remediation: string;
  /** The reference sentence the rule enforces, or field guidance marked as such (lib/domain/field-guidance.ts). */
  reference: string;
  /** The settings field a failing check links to in the editor, if any. */
  field?: keyof GroupSettings | "mailNotificationsEnabled" | "derivedCredentials";
};

export type Evaluation = {
  richPushSupported: boolean;
  checks: Check[];
  /** What users get instead when unsupported; when supported, what is unavailable (VIP-only). */
  consequences: string[];
};

export type Rule = {
  id: RuleId;
  title: string;
  reference: string;
  field?: Check["field"];
  evaluate(input: EvaluationInput): Pick<Check, "status" | "detail" | "remediation">;
};
