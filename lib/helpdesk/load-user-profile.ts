import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import type { DeviceTelemetry } from "@/lib/domain/diagnosis";
import type { GroupSettings } from "@/lib/domain/settings";
import { settingsFromRecord } from "@/lib/policies/settings-record";

export type ProfileDevice = DeviceTelemetry & { observedAt: string };

export type UserProfile = {
  user: { id: string; upn: string; displayName: string; email: string; createdAt: Date; updatedAt: Date };
  group: { id: string; name: string; description: string } | null;
  settings: { value: GroupSettings; version: number; updatedAt: Date } | null;
  devices: ProfileDevice[];
};

/** A directory user with their group, its settings and their devices (most recently seen first); 404 when unknown. */
export async function loadUserProfile(userId: string): Promise<UserProfile> {
  const row = await db().directoryUser.findUnique({
    where: { id: userId },
    include: { group: { include: { settings: true } }, devices: { orderBy: { lastSeenAt: "desc" } } },
  });
  if (!row) throw new AppError("not_found", `No directory user with id ${userId}.`);
  const { group, devices, ...user } = row;
  return {
    user: { id: user.id, upn: user.upn, displayName: user.displayName, email: user.email, createdAt: user.createdAt, updatedAt: user.updatedAt },
    group: group ? { id: group.id, name: group.name, description: group.description } : null,
    settings: group?.settings
      ? { value: settingsFromRecord(group.settings), version: group.settings.version, updatedAt: group.settings.updatedAt }
      : null,
    devices: devices.map((device) => ({
      id: device.id,
      model: device.model,
      iosVersion: device.iosVersion,
      appVersion: device.appVersion,
      derivedCredentials: device.derivedCredentials,
      mailNotificationsEnabled: device.mailNotificationsEnabled,
      iosNotificationsAllowed: device.iosNotificationsAllowed,
      backgroundAppRefresh: device.backgroundAppRefresh,
      lowPowerMode: device.lowPowerMode,
      lastSeenAt: device.lastSeenAt.toISOString(),
      observedAt: device.observedAt.toISOString(),
    })),
  };
}
