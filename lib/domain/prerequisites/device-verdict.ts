import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import type { Evaluation } from "@/lib/domain/prerequisites/types";
import { withDeviceFacts } from "@/lib/domain/prerequisites/with-device-facts";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";

/**
 * The one answer to "does this device (or this user) get rich push?": the group's settings
 * narrowed by the device facts. Used by the helpdesk and the simulator alike.
 */

/** The two facts a device reports that settle the per-user rules. */
export type ReportedDeviceFacts = { mailNotificationsEnabled: boolean; derivedCredentials: boolean };

/**
 * The facts that settle the per-user rules, across all of the user's devices: Mail Notifications
 * counts as on only when it is on everywhere, derived credentials as used when any device uses
 * them, since one such device is enough for a call to the helpdesk. Unknown without devices.
 */
export function userDeviceFacts(devices: readonly ReportedDeviceFacts[]): DeviceFacts {
  if (devices.length === 0) return {};
  return {
    mailNotificationsEnabled: devices.every((device) => device.mailNotificationsEnabled),
    derivedCredentials: devices.some((device) => device.derivedCredentials),
  };
}

/** The group's verdict narrowed by this user's devices: `mail-notifications` and `derived-credentials` become known. */
export function evaluateForUser(settings: GroupSettings, devices: readonly ReportedDeviceFacts[]): Evaluation {
  return evaluate(withDeviceFacts(settings, userDeviceFacts(devices)));
}

/** The verdict for one device on its own. */
export function evaluateForDevice(settings: GroupSettings, device: ReportedDeviceFacts): Evaluation {
  return evaluate(withDeviceFacts(settings, device));
}
