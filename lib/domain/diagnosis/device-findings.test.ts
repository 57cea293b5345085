import { describe, expect, it } from "vitest";
import { deviceFindings } from "./device-findings";
import { PRIORITY } from "./ranking";
import { makeContext, makeDevice, makeEvaluation } from "./test-factories";

describe("deviceFindings", () => {
  it("finds nothing on healthy devices", () => {
    expect(deviceFindings(makeContext())).toEqual([]);
  });

  it("says when no device has reported", () => {
    expect(deviceFindings(makeContext({ devices: [] }))[0]).toMatchObject({ id: "device:none", severity: "warning", priority: PRIORITY.noDevice });
  });

  it("flags Low Power Mode as a delivery risk without rich push, naming why rich push is off", () => {
    const [finding] = deviceFindings(
      makeContext({ evaluation: makeEvaluation({ "intune-integration": "fail" }), devices: [makeDevice({ lowPowerMode: true })] }),
    );
    expect(finding).toMatchObject({ id: "device:low_power_mode:warning", severity: "warning", priority: PRIORITY.deliveryAtRiskMostCommon });
    expect(finding?.headline).toBe(
      "iPhone 15 is in Low Power Mode: without rich push, notifications may not arrive while Secure Mail is in the background",
    );
    expect(finding?.explanation).toMatch(/most common case/);
    expect(finding?.explanation).toMatch(/Rich push is unavailable for this user: The apps are managed through the Intune\/EMS integration\./);
  });

  it("notes Low Power Mode as harmless with rich push", () => {
    const [finding] = deviceFindings(makeContext({ devices: [makeDevice({ lowPowerMode: true })] }));
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.deviceInfo });
    expect(finding?.headline).toMatch(/does not stop rich push notifications/);
  });

  it("merges one problem across devices", () => {
    const devices = [
      makeDevice({ id: "dev-1", iosNotificationsAllowed: false }),
      makeDevice({ id: "dev-2", iosNotificationsAllowed: false }),
      makeDevice({ id: "dev-3", model: "iPad Air" }),
    ];
    const [finding] = deviceFindings(makeContext({ devices }));
    expect(finding).toMatchObject({ priority: PRIORITY.deliveryBlocked, evidence: { deviceIds: ["dev-1", "dev-2"], counts: { devices: 2, ofDevices: 3 } } });
    expect(finding?.headline).toMatch(/not allowed on iPhone 15 \(dev-1\) and iPhone 15 \(dev-2\)/);
  });

  it("leaves Mail Notifications and derived credentials to their failing rules", () => {
    const devices = [makeDevice({ mailNotificationsEnabled: false, derivedCredentials: true })];
    const evaluation = makeEvaluation({ "mail-notifications": "fail", "derived-credentials": "fail" });
    expect(deviceFindings(makeContext({ devices, evaluation }))).toEqual([]);
  });

  it("still reports a second device with Mail Notifications off when the rule passed", () => {
    const devices = [makeDevice(), makeDevice({ id: "dev-2", model: "iPad Air", mailNotificationsEnabled: false })];
    const [finding] = deviceFindings(makeContext({ devices }));
    expect(finding).toMatchObject({ ruleId: "mail-notifications", headline: "Mail Notifications is switched off in Secure Mail on iPad Air" });
  });
});
