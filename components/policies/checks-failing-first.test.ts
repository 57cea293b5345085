import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/prerequisites";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { checksFailingFirst } from "./checks-failing-first";

describe("checksFailingFirst", () => {
  it("puts failures, then warnings, then per-user checks before the settled ones, keeping rule order within each", () => {
    const settings = { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "block" as const, authentication: "modern_auth_o365" as const, backgroundNetworkServices: ["mail.corp.example:443"] };
    const ordered = checksFailingFirst(evaluate(settings).checks).map((check) => `${check.status}:${check.id}`);
    expect(ordered.slice(0, 5)).toEqual([
      "fail:lock-screen-notifications",
      "fail:authentication",
      "warn:push-registration-host",
      "unknown:mail-notifications",
      "unknown:derived-credentials",
    ]);
    expect(ordered.slice(5).every((entry) => entry.startsWith("pass:"))).toBe(true);
  });
});
