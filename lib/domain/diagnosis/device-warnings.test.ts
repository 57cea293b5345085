import { describe, expect, it } from "vitest";
import { isQuotedFromReference } from "@/lib/domain/testing/reference-text";
import { DEVICE_REFERENCES, deviceWarnings, IOS_SETTINGS_PATHS } from "./device-warnings";
import { makeDevice } from "./test-factories";

const codes = (warnings: ReturnType<typeof deviceWarnings>) => warnings.map((warning) => warning.code);

describe("deviceWarnings", () => {
  it("finds nothing on a device with every setting right", () => {
    expect(deviceWarnings(makeDevice(), true)).toEqual([]);
    expect(deviceWarnings(makeDevice(), false)).toEqual([]);
  });

  it("warns that Low Power Mode may stop delivery when rich push is not supported", () => {
    const [warning] = deviceWarnings(makeDevice({ lowPowerMode: true }), false);
    expect(warning).toMatchObject({ code: "low_power_mode", severity: "warning", reference: DEVICE_REFERENCES.lowPowerMode });
    expect(warning?.effect).toMatch(/may not be delivered/);
    expect(warning?.effect).toMatch(/most common case/);
  });

  it("says Low Power Mode does not stop rich push notifications", () => {
    const [warning] = deviceWarnings(makeDevice({ lowPowerMode: true }), true);
    expect(warning).toMatchObject({ code: "low_power_mode", severity: "info", reference: DEVICE_REFERENCES.deliveredAnyway });
    expect(warning?.effect).toMatch(/even in Low Power Mode/);
  });

  it("treats a derived-credentials device as without rich push, whatever the verdict", () => {
    const warnings = deviceWarnings(makeDevice({ lowPowerMode: true, derivedCredentials: true }), true);
    expect(warnings.find((warning) => warning.code === "low_power_mode")?.severity).toBe("warning");
  });

  it("warns about Background App Refresh off only as a risk without rich push", () => {
    const without = deviceWarnings(makeDevice({ backgroundAppRefresh: false }), false)[0];
    expect(without).toMatchObject({ code: "background_app_refresh_off", severity: "warning", reference: DEVICE_REFERENCES.backgroundAppRefresh });
    expect(without?.effect).toMatch(/users control this setting/i);
    const withRich = deviceWarnings(makeDevice({ backgroundAppRefresh: false }), true)[0];
    expect(withRich).toMatchObject({ severity: "info" });
    expect(withRich?.effect).toMatch(/not running in the background/);
  });

  it("calls iOS notifications not allowed critical, names the install or upgrade prompt, and marks the Settings path as field guidance", () => {
    const [warning] = deviceWarnings(makeDevice({ iosNotificationsAllowed: false }), true);
    expect(warning).toMatchObject({ code: "ios_notifications_not_allowed", severity: "critical", reference: DEVICE_REFERENCES.iosPermission });
    expect(warning?.effect).toMatch(/prompt to allow notifications was declined: Secure Mail asks at installation or upgrade/);
    expect(warning?.remedy).toMatch(/in iOS Settings/);
    expect(warning?.remedy).not.toMatch(/>/);
    expect(warning?.fieldGuidance).toEqual([IOS_SETTINGS_PATHS.notifications]);
  });

  it("keeps iOS Settings paths out of every remedy: they are field guidance", () => {
    const everything = makeDevice({ iosNotificationsAllowed: false, lowPowerMode: true, backgroundAppRefresh: false });
    for (const warning of [...deviceWarnings(everything, false), ...deviceWarnings(everything, true)]) {
      expect(warning.remedy).not.toMatch(/iOS Settings >/);
    }
    const paths = deviceWarnings(everything, false).flatMap((warning) => warning.fieldGuidance ?? []);
    expect(paths).toEqual([IOS_SETTINGS_PATHS.notifications, IOS_SETTINGS_PATHS.lowPowerMode, IOS_SETTINGS_PATHS.backgroundAppRefresh]);
  });

  it("quotes every reference word for word from the reference", () => {
    for (const reference of Object.values(DEVICE_REFERENCES)) expect(isQuotedFromReference(reference), reference).toBe(true);
  });

  it("links Mail Notifications off and derived credentials to their rules", () => {
    const warnings = deviceWarnings(makeDevice({ mailNotificationsEnabled: false, derivedCredentials: true }), false);
    expect(warnings.map((warning) => [warning.code, warning.ruleId])).toEqual([
      ["mail_notifications_off", "mail-notifications"],
      ["derived_credentials", "derived-credentials"],
    ]);
    expect(warnings[0]?.remedy).toMatch(/Secure Mail > Settings > Notifications/);
    expect(warnings[1]?.effect).toMatch(/only after iOS wakes Secure Mail to sync/);
  });

  it("lists the worst problems first", () => {
    const everything = makeDevice({
      iosNotificationsAllowed: false,
      mailNotificationsEnabled: false,
      derivedCredentials: true,
      lowPowerMode: true,
      backgroundAppRefresh: false,
    });
    expect(codes(deviceWarnings(everything, false))).toEqual([
      "ios_notifications_not_allowed",
      "mail_notifications_off",
      "derived_credentials",
      "low_power_mode",
      "background_app_refresh_off",
    ]);
  });
});
