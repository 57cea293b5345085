import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import type { Evaluation } from "@/lib/domain/prerequisites/types";
import { withDeviceFacts } from "@/lib/domain/prerequisites/with-device-facts";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";

/** The two facts of a device that settle per-user rules; a whole device row can be passed in. */
export type DeviceFactsOf = { mailNotificationsEnabled: boolean; derivedCredentials: boolean };

/**
 * The facts that settle the per-user rules, across all of the user's devices: Mail Notifications
 * counts as on only when it is on everywhere, derived credentials as used when any device uses
 * them, since one such device is enough for a call to the helpdesk. Unknown without devices.
 */
export function userDeviceFacts(devices: readonly DeviceFactsOf[]): DeviceFacts {
  if (devices.length === 0) return {};
  return {
    mailNotificationsEnabled: devices.every((device) => device.mailNotificationsEnabled),
    derivedCredentials: devices.some((device) => device.derivedCredentials),
  };
}

/**
 * The group's verdict narrowed by this user's devices: `mail-notifications` and
 * `derived-credentials` become known. The one answer to "does this user get rich push?", used by
 * the helpdesk overview, the diagnosis API and the diagnosis CLI alike.
 */
export function evaluateForUser(settings: GroupSettings, devices: readonly DeviceFactsOf[]): Evaluation {
  return evaluate(withDeviceFacts(settings, userDeviceFacts(devices)));
}

/** The verdict for one device on its own. */
export function evaluateForDevice(settings: GroupSettings, device: DeviceFactsOf): Evaluation {
  return evaluate(withDeviceFacts(settings, device));
}
