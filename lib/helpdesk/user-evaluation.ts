import type { DeviceTelemetry } from "@/lib/domain/diagnosis";
import { evaluate, withDeviceFacts } from "@/lib/domain/prerequisites";
import type { Evaluation } from "@/lib/domain/prerequisites/types";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";

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
