import type { DeviceTelemetry, DeviceWarning } from "./types";

/** Reference sentences the device warnings rest on. */
export const DEVICE_REFERENCES = {
  deliveredAnyway:
    "When the rich push notification feature is enabled, iOS delivers remote notifications to Secure Mail. These notifications happen even if the app is not running in background or is in low power mode.",
  lowPowerMode:
    "If the device is in Low Power Mode and Secure Mail is in the background: This is the most common case in which notifications are not delivered.",
  backgroundAppRefresh:
    "If Background App Refresh is Off for Secure Mail and if Secure Mail is in the background: Note that users control this setting.",
  iosPermission:
    "During an installation or upgrade, Secure Mail for iOS prompts users to allow push notifications. Users can also allow push notifications later by using iOS Settings.",
  mailNotifications: "Navigate to Secure Mail > Settings > Notifications and then enable Mail Notifications.",
  derivedCredentials:
    "This feature is not supported if you are running any of the following setups: … Devices enrolled by using derived credentials",
} as const;

const WITHOUT_RICH_PUSH = "Without rich push, notifications may not be delivered to Secure Mail when it is not active";

/** Advice beyond the reference: where iOS keeps these switches (field-guidance.ts). */
export const IOS_SETTINGS_PATHS = {
  notifications: "In iOS Settings > Notifications > Secure Mail, turn on Allow Notifications.",
  lowPowerMode: "Low Power Mode is switched in iOS Settings > Battery.",
  backgroundAppRefresh: "Background App Refresh for Secure Mail is in iOS Settings > General > Background App Refresh.",
} as const;

/**
 * What on this device stands between the user and their mail notifications, worst first.
 * `richPushSupported` is the verdict of the group's rules for this user; a device enrolled with
 * derived credentials never gets rich push, whatever the verdict says.
 */
export function deviceWarnings(device: DeviceTelemetry, richPushSupported: boolean): DeviceWarning[] {
  const richPush = richPushSupported && !device.derivedCredentials;
  const warnings: DeviceWarning[] = [];

  if (!device.iosNotificationsAllowed) {
    warnings.push({
      code: "ios_notifications_not_allowed",
      severity: "critical",
      title: "iOS notifications are not allowed for Secure Mail",
      effect:
        "iOS shows no Secure Mail notifications on this device, rich or not. Usually the prompt to allow notifications was declined: Secure Mail asks at installation or upgrade, and users can allow notifications later in iOS Settings.",
      remedy: "Ask the user to allow notifications for Secure Mail in iOS Settings.",
      fieldGuidance: [IOS_SETTINGS_PATHS.notifications],
      reference: DEVICE_REFERENCES.iosPermission,
    });
  }

  if (!device.mailNotificationsEnabled) {
    warnings.push({
      code: "mail_notifications_off",
      severity: "critical",
      title: "Mail Notifications is off in Secure Mail",
      effect: "Secure Mail does not show mail notifications on this device.",
      remedy: "Ask the user to open Secure Mail > Settings > Notifications and enable Mail Notifications.",
      reference: DEVICE_REFERENCES.mailNotifications,
      ruleId: "mail-notifications",
    });
  }

  if (device.derivedCredentials) {
    warnings.push({
      code: "derived_credentials",
      severity: "critical",
      title: "Enrolled with derived credentials",
      effect:
        "Rich push is not supported on this device: Secure Mail shows the count of unread Inbox emails for the sync period, and notifications reach the locked screen only after iOS wakes Secure Mail to sync.",
      remedy: "If this user needs rich notifications, enroll the device with password-based or client-based (certificate) authentication instead of derived credentials.",
      reference: DEVICE_REFERENCES.derivedCredentials,
      ruleId: "derived-credentials",
    });
  }

  // Low Power Mode and Background App Refresh only matter when iOS must wake the app to sync.
  if (device.lowPowerMode) {
    warnings.push(
      richPush
        ? {
            code: "low_power_mode",
            severity: "info",
            title: "Low Power Mode is on",
            effect: "With rich push, iOS delivers notifications to Secure Mail even in Low Power Mode, so this does not stop them.",
            remedy: "Nothing to do for notifications.",
            reference: DEVICE_REFERENCES.deliveredAnyway,
          }
        : {
            code: "low_power_mode",
            severity: "warning",
            title: "Low Power Mode is on",
            effect: `${WITHOUT_RICH_PUSH}: Low Power Mode with Secure Mail in the background is the most common case in which notifications are not delivered.`,
            remedy: "Notifications can be delivered again once the device is out of Low Power Mode, or while Secure Mail is in the foreground.",
            fieldGuidance: [IOS_SETTINGS_PATHS.lowPowerMode],
            reference: DEVICE_REFERENCES.lowPowerMode,
          },
    );
  }

  if (!device.backgroundAppRefresh) {
    warnings.push(
      richPush
        ? {
            code: "background_app_refresh_off",
            severity: "info",
            title: "Background App Refresh is off for Secure Mail",
            effect: "With rich push, iOS delivers notifications even when Secure Mail is not running in the background, so this does not stop them.",
            remedy: "Nothing to do for notifications.",
            reference: DEVICE_REFERENCES.deliveredAnyway,
          }
        : {
            code: "background_app_refresh_off",
            severity: "warning",
            title: "Background App Refresh is off for Secure Mail",
            effect: `${WITHOUT_RICH_PUSH}: with Background App Refresh off and Secure Mail in the background, iOS does not wake it to sync. Users control this setting.`,
            remedy: "Ask the user to turn on Background App Refresh for Secure Mail: users control this setting.",
            fieldGuidance: [IOS_SETTINGS_PATHS.backgroundAppRefresh],
            reference: DEVICE_REFERENCES.backgroundAppRefresh,
          },
    );
  }

  return warnings;
}
