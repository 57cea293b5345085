import { describe, expect, it } from "vitest";
import { pushNotificationsRule } from "@/lib/domain/prerequisites/rules/push-notifications";
import { inputWith } from "@/lib/domain/prerequisites/testing/fixtures";

describe("push-notifications", () => {
  it("passes when Push notifications is ON", () => {
    expect(pushNotificationsRule.evaluate(inputWith({ pushNotifications: true })).status).toBe("pass");
  });

  it("fails when Push notifications is OFF and says to set it to ON", () => {
    const result = pushNotificationsRule.evaluate(inputWith({ pushNotifications: false }));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("OFF");
    expect(result.remediation).toContain("set Push notifications to ON");
  });

  it("enforces the reference sentence and links to its field", () => {
    expect(pushNotificationsRule.reference).toBe("In the Endpoint Management console, set Push notifications to ON.");
    expect(pushNotificationsRule.field).toBe("pushNotifications");
  });
});
