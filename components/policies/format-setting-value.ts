import { AUTHENTICATION_LABELS, LOCK_SCREEN_LABELS, NETWORK_ACCESS_LABELS, PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import type { SettingKey, SettingValue } from "@/lib/policies/views";

const ENUM_LABELS: Partial<Record<SettingKey, Record<string, string>>> = {
  networkAccess: NETWORK_ACCESS_LABELS,
  lockScreenNotifications: LOCK_SCREEN_LABELS,
  authentication: AUTHENTICATION_LABELS,
  pushRegion: PUSH_REGION_LABELS,
};

/** A setting's value as the console names it: On/Off, the policy's own wording, or the hosts. */
export function formatSettingValue(field: SettingKey, value: SettingValue): string {
  if (value === null || value === undefined || value === "") return "Not set";
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "None";
  return ENUM_LABELS[field]?.[value] ?? value;
}
