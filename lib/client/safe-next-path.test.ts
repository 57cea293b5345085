import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

const origin = "https://console.corp.example";

describe("safeNextPath", () => {
  it("keeps a path on this origin, with its query and fragment", () => {
    expect(safeNextPath("/policies/abc?tab=revisions#top", origin)).toBe("/policies/abc?tab=revisions#top");
  });

  it.each(["/\\evil.example", "//evil.example", "/\t/evil.example", "/\\/evil.example", "https://evil.example", "https:evil.example", "javascript:alert(1)", "", null])(
    "sends %j to the dashboard instead of another origin",
    (next) => {
      expect(safeNextPath(next, origin)).toBe("/");
    },
  );
});
