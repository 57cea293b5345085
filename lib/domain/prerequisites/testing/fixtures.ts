import type { EvaluationInput } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";

/** The rules' tests start from the one settings fixture under which rich push works and change one thing at a time. */
export const SUPPORTED_INPUT: EvaluationInput = RICH_PUSH_SETTINGS;

export function inputWith(overrides: Partial<EvaluationInput>): EvaluationInput {
  return { ...SUPPORTED_INPUT, ...overrides };
}
