/** How each named count of a finding's evidence reads, on screen and in the copied summary. */
export const EVIDENCE_COUNT_LABELS: Record<string, string> = {
  group: "notifications in the group",
  groupTotal: "all notifications in the group",
  affectedUsers: "users affected",
  user24h: "of this user's, last 24 h",
  events: "of this user's notifications",
  ofNotifications: "notifications in that time",
  last24h: "in the last 24 h",
  last6h: "in the last 6 h",
  devices: "devices affected",
  ofDevices: "devices in all",
  sync24h: "shown after a background sync, last 24 h",
  typicalSyncDelayMinutes: "minutes late, typically (median)",
  devicesInLowPowerMode: "devices in Low Power Mode",
  devicesWithoutBackgroundAppRefresh: "devices with Background App Refresh off",
  rich24h: "rich notifications, last 24 h",
  rich7d: "rich notifications, last 7 days",
  events7d: "notifications, last 7 days",
};

