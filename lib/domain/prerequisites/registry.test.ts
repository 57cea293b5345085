import { describe, expect, it } from "vitest";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { ORDERED_RULES, RULES } from "@/lib/domain/prerequisites/registry";
import { RULE_IDS } from "@/lib/domain/prerequisites/types";
import { isQuotedFromReference } from "@/lib/domain/testing/reference-text";

describe("rule registry", () => {
  it("files each rule under its own id", () => {
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });

  it("orders the rules as RULE_IDS does", () => {
    expect(ORDERED_RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it("marks only the push registration warning as field guidance: every other rule quotes the reference", () => {
    const fieldGuidanceRules = ORDERED_RULES.filter((rule) => isFieldGuidance(rule.reference)).map((rule) => rule.id);

    expect(fieldGuidanceRules).toEqual(["push-registration-host"]);
  });

  it("gives every rule a title, a reference sentence and a field to link to", () => {
    for (const rule of ORDERED_RULES) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.reference).toMatch(/[A-Z].+/);
      expect(rule.field).toBeDefined();
    }
  });

  it("quotes each rule's reference sentence word for word from the reference, unless marked as field guidance", () => {
    for (const rule of ORDERED_RULES.filter((rule) => !isFieldGuidance(rule.reference))) {
      expect(isQuotedFromReference(rule.reference), rule.id).toBe(true);
    }
  });
});
