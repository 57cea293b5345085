"use client";

import { Switch } from "@/components/ui/switch";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { SettingKey } from "@/lib/policies/views";
import { settingFieldId } from "./setting-fields";
import { hintId, SettingRow } from "./setting-row";

/** An on/off setting as a labelled switch. */
export function SettingSwitch({ field, checked, disabled, onChange }: { field: SettingKey; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  const id = settingFieldId(field);
  return (
    <SettingRow
      field={field}
      inline
      label={
        <label htmlFor={id} className="text-sm font-medium">
          {SETTING_LABELS[field]}
        </label>
      }
    >
      <Switch id={id} checked={checked} onCheckedChange={onChange} disabled={disabled} aria-describedby={hintId(field)} />
    </SettingRow>
  );
}
