import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionGroups } from "./actions";

describe("the audit action pick-list", () => {
  const groups = auditActionGroups();
  const values = groups.flatMap((group) => group.options.map((option) => option.value));

  it("offers every known action exactly once", () => {
    for (const action of Object.keys(AUDIT_ACTIONS)) expect(values.filter((value) => value === action)).toHaveLength(1);
  });

  it("opens each area with its prefix, which matches that area's actions and no other", () => {
    for (const group of groups) {
      const [whole, ...actions] = group.options;
      expect(whole!.value).toMatch(/^[a-z_]+\.$/);
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions) expect(action.value.startsWith(whole!.value)).toBe(true);
    }
    expect(values.length).toBe(Object.keys(AUDIT_ACTIONS).length + groups.length);
  });
});
