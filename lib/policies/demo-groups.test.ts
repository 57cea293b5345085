import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/prerequisites";
import { DEMO_GROUPS } from "@/lib/seed/demo-groups";

describe("demo groups", () => {
  it("show one working setup per network mode and one failure per common cause", () => {
    const failing = Object.fromEntries(
      DEMO_GROUPS.map((group) => [group.name, evaluate(group.settings).checks.filter((c) => c.status === "fail").map((c) => c.id)]),
    );
    expect(failing).toEqual({
      Sales: [],
      Engineering: [],
      Finance: ["background-network-services"],
      Support: ["lock-screen-notifications"],
      Executives: ["authentication"],
    });
  });
});
