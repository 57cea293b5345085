import type { GroupSettings as GroupSettingsRow } from "@/generated/prisma/client";
import type { Authentication, GroupSettings, LockScreenPolicy, NetworkAccess, PushRegion } from "@/lib/domain/settings";
import { normalizeSettings } from "./normalize-settings";

type SettingsColumns = Omit<GroupSettingsRow, "groupId" | "version" | "updatedById" | "updatedByEmail" | "updatedAt">;

/** A stored settings row as domain settings. Writes are validated with the domain schema, so the enum columns hold valid values. */
export function settingsFromRecord(row: SettingsColumns): GroupSettings {
  return {
    pushNotifications: row.pushNotifications,
    networkAccess: row.networkAccess as NetworkAccess,
    backgroundNetworkServices: row.backgroundNetworkServices,
    gateway: row.gateway,
    ewsHost: row.ewsHost,
    activeSyncHost: row.activeSyncHost,
    lockScreenNotifications: row.lockScreenNotifications as LockScreenPolicy,
    authentication: row.authentication as Authentication,
    intuneManaged: row.intuneManaged,
    acceptAllSslCertificates: row.acceptAllSslCertificates,
    pushRegion: row.pushRegion as PushRegion | null,
  };
}

/** The columns to write for validated settings. */
export function settingsToRecord(settings: GroupSettings): SettingsColumns {
  const normal = normalizeSettings(settings);
  return { ...normal, gateway: normal.gateway ?? null, pushRegion: normal.pushRegion ?? null };
}

/** A revision's stored snapshot as settings (snapshots are written from validated settings). */
export function settingsFromSnapshot(snapshot: unknown): GroupSettings {
  return normalizeSettings(snapshot as GroupSettings);
}
