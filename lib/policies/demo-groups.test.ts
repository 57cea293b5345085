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

  it("list their own region's push registration host wherever they tunnel, so no demo group warns about it", () => {
    const tunnelled = DEMO_GROUPS.filter((group) => group.settings.networkAccess === "tunnel_to_internal_network");
    const statuses = Object.fromEntries(
      tunnelled.map((group) => [group.name, evaluate(group.settings).checks.find((c) => c.id === "push-registration-host")?.status]),
    );

    expect(statuses).toEqual({ Sales: "pass", Finance: "pass", Executives: "pass" });
    const sales = DEMO_GROUPS.find((group) => group.name === "Sales")!;
    expect(sales.settings.backgroundNetworkServices).toContain("eu-west-1.pushreg.xm.citrix.com:443");
  });
});
