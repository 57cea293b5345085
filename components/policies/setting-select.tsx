"use client";

import { Label, Select } from "@/components/ui/field";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { SettingKey } from "@/lib/policies/views";
import { settingFieldId } from "./setting-fields";
import { hintId, SettingRow } from "./setting-row";

/** An enumerated setting as a labelled select; `emptyLabel` offers "not set" (stored as null). */
export function SettingSelect<V extends string>({
  field,
  value,
  options,
  labels,
  emptyLabel,
  disabled,
  onChange,
}: {
  field: SettingKey;
  value: V | null;
  options: readonly V[];
  labels: Record<V, string>;
  emptyLabel?: string;
  disabled: boolean;
  onChange: (value: V | null) => void;
}) {
  const id = settingFieldId(field);
  return (
    <SettingRow field={field} label={<Label htmlFor={id}>{SETTING_LABELS[field]}</Label>}>
      <Select id={id} value={value ?? ""} disabled={disabled} aria-describedby={hintId(field)} onChange={(event) => onChange((event.target.value || null) as V | null)}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </Select>
    </SettingRow>
  );
}
