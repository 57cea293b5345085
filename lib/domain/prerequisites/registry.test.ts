import { describe, expect, it } from "vitest";
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

  it("gives every rule a title, a reference sentence and a field to link to", () => {
    for (const rule of ORDERED_RULES) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.reference).toMatch(/[A-Z].+/);
      expect(rule.field).toBeDefined();
    }
  });

  it("quotes each rule's reference sentence word for word from the reference", () => {
    for (const rule of ORDERED_RULES) expect(isQuotedFromReference(rule.reference), rule.id).toBe(true);
  });
});
