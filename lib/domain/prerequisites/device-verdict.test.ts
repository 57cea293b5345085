import { describe, expect, it } from "vitest";
import { makeDevice, makeSettings } from "@/lib/domain/diagnosis/test-factories";
import { evaluateForDevice, evaluateForUser, userDeviceFacts } from "./device-verdict";

const statusOf = (evaluation: ReturnType<typeof evaluateForUser>, id: string) => evaluation.checks.find((check) => check.id === id)?.status;

describe("user evaluation", () => {
  it("leaves the per-user rules unknown when no device has reported", () => {
    expect(userDeviceFacts([])).toEqual({});
    const evaluation = evaluateForUser(makeSettings(), []);
    expect(statusOf(evaluation, "mail-notifications")).toBe("unknown");
    expect(statusOf(evaluation, "derived-credentials")).toBe("unknown");
    expect(evaluation.richPushSupported).toBe(true);
  });

  it("settles both rules from the devices", () => {
    const evaluation = evaluateForUser(makeSettings(), [makeDevice()]);
    expect(statusOf(evaluation, "mail-notifications")).toBe("pass");
    expect(statusOf(evaluation, "derived-credentials")).toBe("pass");
  });

  it("fails Mail Notifications when any device has it off", () => {
    const devices = [makeDevice({ id: "a" }), makeDevice({ id: "b", mailNotificationsEnabled: false })];
    expect(statusOf(evaluateForUser(makeSettings(), devices), "mail-notifications")).toBe("fail");
  });

  it("fails derived credentials for the user but only for the enrolled device on its own", () => {
    const derived = makeDevice({ id: "a", derivedCredentials: true });
    const plain = makeDevice({ id: "b" });
    expect(evaluateForUser(makeSettings(), [derived, plain]).richPushSupported).toBe(false);
    expect(evaluateForDevice(makeSettings(), derived).richPushSupported).toBe(false);
    expect(evaluateForDevice(makeSettings(), plain).richPushSupported).toBe(true);
  });
});
