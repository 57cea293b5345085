import { AUTHENTICATION_LABELS, LOCK_SCREEN_LABELS, NETWORK_ACCESS_LABELS, PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import { SETTING_LABELS, type GroupSettings } from "@/lib/domain/settings";

const onOff = (value: boolean | undefined) => (value ? "On" : "Off");

/** Each setting as the Endpoint Management console names it, with its value in words. */
export function settingRows(settings: GroupSettings): { key: keyof GroupSettings; label: string; value: string }[] {
  const values: Record<keyof GroupSettings, string> = {
    pushNotifications: onOff(settings.pushNotifications),
    networkAccess: NETWORK_ACCESS_LABELS[settings.networkAccess],
    backgroundNetworkServices: settings.backgroundNetworkServices.length > 0 ? settings.backgroundNetworkServices.join(", ") : "none",
    gateway: settings.gateway ?? "not set",
    ewsHost: settings.ewsHost,
    activeSyncHost: settings.activeSyncHost,
    lockScreenNotifications: LOCK_SCREEN_LABELS[settings.lockScreenNotifications],
    authentication: AUTHENTICATION_LABELS[settings.authentication],
    intuneManaged: settings.intuneManaged ? "Yes" : "No",
    acceptAllSslCertificates: onOff(settings.acceptAllSslCertificates),
    pushRegion: settings.pushRegion ? PUSH_REGION_LABELS[settings.pushRegion] : "not set",
  };
  return (Object.keys(SETTING_LABELS) as (keyof GroupSettings)[]).map((key) => ({ key, label: SETTING_LABELS[key], value: values[key] }));
}
