export { evaluate, summarize, type EvaluationSummary } from "@/lib/domain/prerequisites/evaluate";
export { ORDERED_RULES, RULES } from "@/lib/domain/prerequisites/registry";
export { withDeviceFacts } from "@/lib/domain/prerequisites/with-device-facts";
export { defineRule, type RuleOf } from "@/lib/domain/prerequisites/define-rule";
export * from "@/lib/domain/prerequisites/types";
export { evaluateForDevice, evaluateForUser, userDeviceFacts, type ReportedDeviceFacts } from "@/lib/domain/prerequisites/device-verdict";
