import { describe, expect, it } from "vitest";
import { evaluate, type Check, type RuleId } from "@/lib/domain/prerequisites";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import type { GroupSettings } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { describeFix, oneSettingFix } from "./one-setting-fix";

function checkOf(settings: GroupSettings, id: RuleId): Check {
  return evaluate(settings).checks.find((check) => check.id === id)!;
}

/** Applies the fix the check offers, then returns that check re-evaluated. */
function afterFix(settings: GroupSettings, id: RuleId) {
  const fix = oneSettingFix(checkOf(settings, id), settings);
  expect(fix).not.toBeNull();
  const fixed = { ...settings, [fix!.field]: fix!.value };
  return { fix: fix!, fixed, check: checkOf(fixed, id) };
}

describe("oneSettingFix", () => {
  it("turns Push notifications on", () => {
    const settings = { ...RICH_PUSH_SETTINGS, pushNotifications: false };
    const { fix, check } = afterFix(settings, "push-notifications");
    expect(fix).toEqual({ field: "pushNotifications", value: true });
    expect(check.status).toBe("pass");
    expect(describeFix(fix, settings)).toBe("Push notifications On");
  });

  it("unblocks Network access to Tunnel when the EWS host is already listed, so the traffic stays tunnelled", () => {
    const settings = { ...RICH_PUSH_SETTINGS, networkAccess: "blocked" as const };
    const { fix, fixed } = afterFix(settings, "network-access");
    expect(fix).toEqual({ field: "networkAccess", value: "tunnel_to_internal_network" });
    expect(evaluate(fixed).richPushSupported).toBe(true);
    expect(describeFix(fix, settings)).toBe("Network access Tunnel to internal network");
  });

  it("unblocks Network access to Unrestricted when Tunnel alone would still fail on Background network services", () => {
    const settings = { ...RICH_PUSH_SETTINGS, networkAccess: "blocked" as const, backgroundNetworkServices: [] };
    const { fix, fixed } = afterFix(settings, "network-access");
    expect(fix).toEqual({ field: "networkAccess", value: "unrestricted" });
    expect(evaluate(fixed).richPushSupported).toBe(true);
  });

  it("adds the EWS host, with its port, to Background network services and keeps the other entries", () => {
    const settings = { ...RICH_PUSH_SETTINGS, backgroundNetworkServices: ["other.corp.example:443"] };
    const { fix, check } = afterFix(settings, "background-network-services");
    expect(fix).toEqual({ field: "backgroundNetworkServices", value: ["other.corp.example:443", "mail.corp.example:443"] });
    expect(check.status).toBe("pass");
    expect(describeFix(fix, settings)).toBe("Add mail.corp.example:443 to Background network services");
  });

  it("offers nothing for Background network services while the EWS host is not a valid host", () => {
    const settings = { ...RICH_PUSH_SETTINGS, ewsHost: "bad host", backgroundNetworkServices: [] };
    expect(checkOf(settings, "background-network-services").status).toBe("fail");
    expect(oneSettingFix(checkOf(settings, "background-network-services"), settings)).toBeNull();
  });

  it("adds the region's push registration host to Background network services", () => {
    const settings = { ...RICH_PUSH_SETTINGS, backgroundNetworkServices: ["mail.corp.example:443"] };
    const { fix, check } = afterFix(settings, "push-registration-host");
    expect(fix.value).toEqual(["mail.corp.example:443", PUSH_REGISTRATION_HOSTS.emea]);
    expect(check.status).toBe("pass");
  });

  it("sets Control locked screen notifications to Email sender or event title", () => {
    const settings = { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "count_only" as const };
    const { fix, check } = afterFix(settings, "lock-screen-notifications");
    expect(fix).toEqual({ field: "lockScreenNotifications", value: "email_sender_or_event_title" });
    expect(check.status).toBe("pass");
    expect(describeFix(fix, settings)).toBe("Control locked screen notifications Email sender or event title");
  });

  it("offers nothing where the remedy is more than a setting: authentication and the Intune/EMS integration", () => {
    const modernAuth = { ...RICH_PUSH_SETTINGS, authentication: "modern_auth_o365" as const };
    expect(checkOf(modernAuth, "authentication").status).toBe("fail");
    expect(oneSettingFix(checkOf(modernAuth, "authentication"), modernAuth)).toBeNull();
    const intune = { ...RICH_PUSH_SETTINGS, intuneManaged: true };
    expect(checkOf(intune, "intune-integration").status).toBe("fail");
    expect(oneSettingFix(checkOf(intune, "intune-integration"), intune)).toBeNull();
  });

  it("offers nothing for checks that pass or depend on the device", () => {
    for (const check of evaluate(RICH_PUSH_SETTINGS).checks) {
      expect(oneSettingFix(check, RICH_PUSH_SETTINGS)).toBeNull();
    }
  });
});
