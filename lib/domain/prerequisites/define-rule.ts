import type { Rule, RuleId } from "@/lib/domain/prerequisites/types";

/** A rule whose id is known to the type system, so the registry can check key and id agree. */
export type RuleOf<Id extends RuleId> = Rule & { id: Id };

export function defineRule<const Id extends RuleId>(rule: RuleOf<Id>): RuleOf<Id> {
  return rule;
}

/** The status/detail/remediation of a check that passes or does not apply: nothing to fix. */
export function settled(status: "pass" | "not_applicable", detail: string) {
  return { status, detail, remediation: "" };
}
