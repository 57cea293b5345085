import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatSettingValue } from "./format-setting-value";
import { SettingsDiffList } from "./settings-diff-list";

describe("SettingsDiffList", () => {
  it("shows values in the console's words and host lists as added and removed entries", () => {
    const html = renderToStaticMarkup(
      <SettingsDiffList
        changes={[
          { field: "networkAccess", before: "unrestricted", after: "tunnel_to_internal_network" },
          { field: "backgroundNetworkServices", before: ["old.example:443", "kept.example:443"], after: ["kept.example:443", "new.example:443"] },
          { field: "pushRegion", before: null, after: "emea" },
        ]}
      />,
    );
    expect(html).toContain("Unrestricted");
    expect(html).toContain("Tunnel to internal network");
    expect(html).toContain("+ new.example:443");
    expect(html).toContain("− old.example:443");
    expect(html).not.toContain("kept.example");
    expect(html).toContain("Not set");
  });

  it("formats booleans and empty lists", () => {
    expect(formatSettingValue("pushNotifications", true)).toBe("On");
    expect(formatSettingValue("backgroundNetworkServices", [])).toBe("None");
    expect(formatSettingValue("lockScreenNotifications", "count_only")).toBe("Count only");
  });
});
