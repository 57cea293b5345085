import { describe, expect, it } from "vitest";
import { mailNotificationsRule } from "@/lib/domain/prerequisites/rules/mail-notifications";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("mail-notifications", () => {
  it("is unknown at group level (no device fact): confirm per user", () => {
    const result = mailNotificationsRule.evaluate(inputWith({ mailNotificationsEnabled: undefined }));
    expect(result.status).toBe("unknown");
    expect(result.detail).toContain("confirm per user");
  });

  it("passes when the device reports Mail Notifications on", () => {
    expect(mailNotificationsRule.evaluate(inputWith({ mailNotificationsEnabled: true })).status).toBe("pass");
  });

  it("fails when the device reports Mail Notifications off, pointing to the in-app setting", () => {
    const result = mailNotificationsRule.evaluate(inputWith({ mailNotificationsEnabled: false }));
    expect(result.status).toBe("fail");
    expect(result.remediation).toContain("Secure Mail > Settings > Notifications");
  });

  it("links to the device fact", () => {
    expect(mailNotificationsRule.field).toBe("mailNotificationsEnabled");
  });
});
