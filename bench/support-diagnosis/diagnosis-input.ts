import type { DeviceTelemetry, GroupCauseStats, UserDiagnosisInput } from "@/lib/domain/diagnosis";
import type { GroupSettings } from "@/lib/domain/settings";
import { newestFirst, RECENT_EVENTS_CAP, RECENT_WINDOW_MS, toNotificationEvent, type RecentEventRow } from "@/lib/helpdesk/recent-events";
import type { FleetDevice } from "@/lib/simulator/fleet";
import type { DirectoryUser } from "@/lib/telemetry/schemas";

/**
 * One user's diagnosis input built in memory the way lib/helpdesk/get-user-diagnosis.ts
 * (diagnosisInputFor) builds it from the database, for the same diagnoseUser: the devices as last
 * reported, the week's events newest first (capped, mapped as loadRecentEvents maps rows), and the
 * group's day.
 */
export function buildDiagnosisInput(
  user: DirectoryUser,
  settings: GroupSettings,
  devices: readonly FleetDevice[],
  rows: readonly RecentEventRow[],
  groupCauseStats: GroupCauseStats,
  now: Date,
): UserDiagnosisInput {
  const reported = devices.map((device) => deviceTelemetry(device, now));
  const fromMs = now.getTime() - RECENT_WINDOW_MS;
  const nowMs = now.getTime();
  const week = rows.filter((row) => row.occurredAt.getTime() > fromMs && row.occurredAt.getTime() <= nowMs).sort(newestFirst);
  return {
    now: now.toISOString(),
    user: { id: user.upn, displayName: user.displayName, groupName: user.group },
    settings,
    devices: reported,
    events: week.slice(0, RECENT_EVENTS_CAP).flatMap((row) => toNotificationEvent(row) ?? []),
    group: groupCauseStats,
  };
}

/** The simulator sends every snapshot as observed at the end of the period. */
function deviceTelemetry(device: FleetDevice, observedAt: Date): DeviceTelemetry {
  const seen = observedAt.toISOString();
  return {
    id: device.id,
    model: device.model,
    iosVersion: device.iosVersion,
    appVersion: device.appVersion,
    derivedCredentials: device.derivedCredentials,
    mailNotificationsEnabled: device.mailNotificationsEnabled,
    iosNotificationsAllowed: device.iosNotificationsAllowed,
    backgroundAppRefresh: device.backgroundAppRefresh,
    lowPowerMode: device.lowPowerMode,
    lastSeenAt: seen,
  };
}
