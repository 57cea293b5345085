"use client";

import { Label, TextInput } from "@/components/ui/field";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { SettingKey } from "@/lib/policies/views";
import { settingFieldId } from "./setting-fields";
import { errorId, hintId, SettingRow } from "./setting-row";

/** A host or host:port setting as a text input, with its validation message under it. */
export function SettingHostField({
  field,
  value,
  error,
  optional = false,
  disabled,
  onChange,
}: {
  field: SettingKey;
  value: string;
  error?: string;
  optional?: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = settingFieldId(field);
  return (
    <SettingRow field={field} error={error} label={<Label htmlFor={id}>{SETTING_LABELS[field]}{optional ? " (optional)" : ""}</Label>}>
      <TextInput
        id={id}
        value={value}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId(field)} ${errorId(field)}` : hintId(field)}
        onChange={(event) => onChange(event.target.value)}
      />
    </SettingRow>
  );
}
