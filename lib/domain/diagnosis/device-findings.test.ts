import { describe, expect, it } from "vitest";
import { deviceFindings } from "./device-findings";
import { PRIORITY } from "./ranking";
import { makeContext, makeDevice, makeEvaluation, makeEvents } from "./test-factories";

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
    expect(finding).toMatchObject({ id: "device:low_power_mode", severity: "warning", priority: PRIORITY.deliveryAtRiskMostCommon });
    expect(finding?.headline).toBe(
      "iPhone 15 is in Low Power Mode: without rich push, notifications may not arrive while Secure Mail is in the background",
    );
    expect(finding?.explanation).toMatch(/most common case/);
    expect(finding?.explanation).toMatch(/Rich push is unavailable for this user: The apps are managed through the Intune\/EMS integration\./);
    expect(finding?.fieldGuidance).toEqual(["Low Power Mode is switched in iOS Settings > Battery."]);
  });

  it("notes Low Power Mode as harmless with rich push", () => {
    const [finding] = deviceFindings(makeContext({ devices: [makeDevice({ lowPowerMode: true })] }));
    expect(finding).toMatchObject({ id: "device:low_power_mode", severity: "info", priority: PRIORITY.deviceInfo });
    expect(finding?.headline).toMatch(/does not stop rich push notifications/);
  });

  it("merges one problem across devices into one finding per code", () => {
    const devices = [
      makeDevice({ id: "dev-1", iosNotificationsAllowed: false }),
      makeDevice({ id: "dev-2", iosNotificationsAllowed: false }),
      makeDevice({ id: "dev-3", model: "iPad Air" }),
    ];
    const [finding] = deviceFindings(makeContext({ devices }));
    expect(finding).toMatchObject({
      id: "device:ios_notifications_not_allowed",
      priority: PRIORITY.iosNotificationsOff,
      evidence: { deviceIds: ["dev-1", "dev-2"], counts: { devices: 2, ofDevices: 3 } },
    });
    expect(finding?.headline).toMatch(/not allowed on iPhone 15 \(dev-1\) and iPhone 15 \(dev-2\)/);
  });

  it("gives Low Power Mode one finding when it matters on one device and not on another", () => {
    const devices = [makeDevice({ id: "dev-1", model: "iPad Air", lowPowerMode: true, derivedCredentials: true }), makeDevice({ id: "dev-2", lowPowerMode: true })];
    const lowPower = deviceFindings(makeContext({ devices })).filter((finding) => finding.id === "device:low_power_mode");
    expect(lowPower).toHaveLength(1);
    expect(lowPower[0]).toMatchObject({ severity: "warning", evidence: { deviceIds: ["dev-1", "dev-2"] } });
    expect(lowPower[0]?.headline).toMatch(/^iPad Air is in Low Power Mode: without rich push/);
    expect(lowPower[0]?.explanation).toMatch(/On iPhone 15: With rich push, iOS delivers notifications to Secure Mail even in Low Power Mode/);
  });

  it("reports Mail Notifications off and derived credentials as device findings, tied to their rules", () => {
    const devices = [makeDevice({ mailNotificationsEnabled: false, derivedCredentials: true })];
    const evaluation = makeEvaluation({ "mail-notifications": "fail", "derived-credentials": "fail" });
    const findings = deviceFindings(makeContext({ devices, evaluation }));
    expect(findings.map((finding) => [finding.id, finding.ruleId, finding.priority])).toEqual([
      ["device:mail_notifications_off", "mail-notifications", PRIORITY.mailNotificationsOff],
      ["device:derived_credentials", "derived-credentials", PRIORITY.derivedCredentials],
    ]);
  });

  it("names the device with Mail Notifications off", () => {
    const devices = [makeDevice(), makeDevice({ id: "dev-2", model: "iPad Air", mailNotificationsEnabled: false })];
    const [finding] = deviceFindings(makeContext({ devices, evaluation: makeEvaluation({ "mail-notifications": "fail" }) }));
    expect(finding).toMatchObject({ id: "device:mail_notifications_off", headline: "Mail Notifications is switched off in Secure Mail on iPad Air" });
    expect(finding?.evidence.deviceIds).toEqual(["dev-2"]);
    expect(finding?.remedy).toMatch(/Secure Mail > Settings > Notifications/);
  });

  it("tells what a derived-credentials device gets instead, with its sync statistics, when no group rule fails", () => {
    const devices = [makeDevice({ derivedCredentials: true, model: "iPad Air" })];
    const events = makeEvents(4, 10, 60, { outcome: "sync", delayMs: 10 * 60_000 });
    const [finding] = deviceFindings(makeContext({ devices, events, evaluation: makeEvaluation({ "derived-credentials": "fail" }) }));
    expect(finding?.headline).toBe("Rich push is unsupported for Ana Lopez: iPad Air is enrolled with derived credentials");
    expect(finding?.explanation).toMatch(/count of unread Inbox emails for the sync period/);
    expect(finding?.explanation).toMatch(/In the last 24 hours 4 notifications arrived after a background sync, typically 10 min after the mail arrived/);
    expect(finding?.evidence.counts).toMatchObject({ sync24h: 4, typicalSyncDelayMinutes: 10 });
  });
});
