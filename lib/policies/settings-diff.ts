import { SETTING_LABELS, type GroupSettings } from "@/lib/domain/settings";
import type { SettingChange, SettingKey, SettingValue } from "./views";

export const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

function sameValue(a: SettingValue, b: SettingValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
  }
  // Absent and null optional settings mean the same thing.
  return (a ?? null) === (b ?? null);
}

/** Field-by-field changes from `before` to `after`, in the editor's field order. Pure; runs in the browser. */
export function diffSettings(before: GroupSettings, after: GroupSettings): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const field of SETTING_KEYS) {
    const from = before[field] as SettingValue;
    const to = after[field] as SettingValue;
    if (!sameValue(from, to)) changes.push({ field, before: from ?? null, after: to ?? null });
  }
  return changes;
}

/** `base` with every field that `mine` changed relative to `mineBase` applied on top: re-applying edits after a conflict. */
export function reapplyChanges(mineBase: GroupSettings, mine: GroupSettings, base: GroupSettings): GroupSettings {
  const result: GroupSettings = { ...base };
  for (const { field } of diffSettings(mineBase, mine)) {
    (result as Record<SettingKey, unknown>)[field] = mine[field];
  }
  return result;
}
