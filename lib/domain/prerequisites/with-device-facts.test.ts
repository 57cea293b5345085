import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { withDeviceFacts } from "@/lib/domain/prerequisites/with-device-facts";

describe("withDeviceFacts", () => {
  it("adds the device's facts to the group's settings, leaving the settings untouched", () => {
    const settings = { ...SUPPORTED_INPUT };
    const input = withDeviceFacts(settings, { mailNotificationsEnabled: false, derivedCredentials: true });
    expect(input).toEqual({ ...SUPPORTED_INPUT, mailNotificationsEnabled: false, derivedCredentials: true });
    expect(settings).toEqual(SUPPORTED_INPUT);
  });

  it("takes only the two facts from a fuller device row", () => {
    const row = { id: "device-1", mailNotificationsEnabled: true, lowPowerMode: true };
    const input = withDeviceFacts(SUPPORTED_INPUT, row);
    expect(input).not.toHaveProperty("lowPowerMode");
    expect(evaluate(input).checks.find((check) => check.id === "mail-notifications")?.status).toBe("pass");
    expect(evaluate(input).checks.find((check) => check.id === "derived-credentials")?.status).toBe("unknown");
  });
});
