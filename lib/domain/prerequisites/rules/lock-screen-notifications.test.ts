import { describe, expect, it } from "vitest";
import { lockScreenNotificationsRule } from "@/lib/domain/prerequisites/rules/lock-screen-notifications";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("lock-screen-notifications", () => {
  it.each(["allow", "email_sender_or_event_title"] as const)("passes with %s", (lockScreenNotifications) => {
    expect(lockScreenNotificationsRule.evaluate(inputWith({ lockScreenNotifications })).status).toBe("pass");
  });

  it.each([
    ["count_only", "Count only"],
    ["block", "Block"],
  ] as const)("fails with %s, naming it", (lockScreenNotifications, label) => {
    const result = lockScreenNotificationsRule.evaluate(inputWith({ lockScreenNotifications }));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain(`"${label}"`);
    expect(result.remediation).toContain("Email sender or event title");
  });
});
