import type { GroupSettings } from "@/lib/domain/settings";

/** One spelling per value: absent optional settings become null, so stored, diffed and exported settings agree. */
export function normalizeSettings(settings: GroupSettings): GroupSettings {
  return {
    pushNotifications: settings.pushNotifications,
    networkAccess: settings.networkAccess,
    backgroundNetworkServices: [...settings.backgroundNetworkServices],
    gateway: settings.gateway || null,
    ewsHost: settings.ewsHost,
    activeSyncHost: settings.activeSyncHost,
    lockScreenNotifications: settings.lockScreenNotifications,
    authentication: settings.authentication,
    intuneManaged: settings.intuneManaged,
    acceptAllSslCertificates: settings.acceptAllSslCertificates ?? false,
    pushRegion: settings.pushRegion ?? null,
  };
}
