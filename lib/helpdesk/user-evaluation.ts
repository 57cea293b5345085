import type { DeviceTelemetry } from "@/lib/domain/diagnosis";
import { evaluate, withDeviceFacts } from "@/lib/domain/prerequisites";
import type { Evaluation } from "@/lib/domain/prerequisites/types";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";
import type { DeviceVerdictView, FailingRuleView } from "./views";

/**
 * The facts that settle the per-user rules, across all of the user's devices: Mail Notifications
 * counts as on only when it is on everywhere, derived credentials as used when any device uses
 * them, since one such device is enough for a call to the helpdesk. Unknown without devices.
 */
export function userDeviceFacts(devices: readonly Pick<DeviceTelemetry, "mailNotificationsEnabled" | "derivedCredentials">[]): DeviceFacts {
  if (devices.length === 0) return {};
  return {
    mailNotificationsEnabled: devices.every((device) => device.mailNotificationsEnabled),
    derivedCredentials: devices.some((device) => device.derivedCredentials),
  };
}

/** The group's verdict narrowed by this user's devices: `mail-notifications` and `derived-credentials` become known. */
export function evaluateForUser(settings: GroupSettings, devices: readonly DeviceTelemetry[]): Evaluation {
  return evaluate(withDeviceFacts(settings, userDeviceFacts(devices)));
}

/** The verdict for one device on its own. */
export function evaluateForDevice(settings: GroupSettings, device: DeviceTelemetry): Evaluation {
  return evaluate(withDeviceFacts(settings, device));
}

/**
 * Does this device get rich push, and if not, which rules stop it (group settings and this
 * device's facts together)? The one place the helpdesk asks this per device: the devices panel
 * and the timeline's "after sync" rows both read it. Without settings nothing supports rich push,
 * and no rule can name why: the group has no policy yet.
 */
export function deviceVerdict(settings: GroupSettings | null, device: DeviceTelemetry): DeviceVerdictView {
  if (!settings) return { richPushSupported: false, failingRules: [] };
  const evaluation = evaluateForDevice(settings, device);
  const failingRules = evaluation.checks
    .filter((check) => check.status === "fail")
    .map((check): FailingRuleView => ({ id: check.id, title: check.title, detail: check.detail }));
  return { richPushSupported: evaluation.richPushSupported, failingRules };
}
