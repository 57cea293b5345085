import { describe, expect, it } from "vitest";
import { makeDevice, makeSettings } from "@/lib/domain/diagnosis/test-factories";
import { deviceVerdict } from "./user-evaluation";

describe("deviceVerdict", () => {
  it("names the rules that stop one device, group settings and device facts together", () => {
    const verdict = deviceVerdict(makeSettings({ lockScreenNotifications: "block" }), makeDevice({ mailNotificationsEnabled: false }));
    expect(verdict.richPushSupported).toBe(false);
    expect(verdict.failingRules.map((rule) => rule.id)).toEqual(["lock-screen-notifications", "mail-notifications"]);
    expect(verdict.failingRules[1]).toMatchObject({ title: "Mail Notifications is enabled in Secure Mail", detail: "Mail Notifications is OFF on the device." });
  });

  it("names no rule when the device gets rich push, or when the group has no settings", () => {
    expect(deviceVerdict(makeSettings(), makeDevice())).toEqual({ richPushSupported: true, failingRules: [] });
    expect(deviceVerdict(null, makeDevice())).toEqual({ richPushSupported: false, failingRules: [] });
  });
});
