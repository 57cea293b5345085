import type { ReactNode } from "react";
import { InlineSourcedText } from "@/components/ui/sourced-text";
import { SETTING_HINTS } from "./setting-fields";
import type { SettingKey } from "@/lib/policies/views";

export function hintId(field: SettingKey): string {
  return `setting-${field}-hint`;
}

export function errorId(field: string): string {
  return `setting-${field.replace(/[^\w-]/g, "-")}-error`;
}

/** A setting's label, control, hint and (when invalid) error, laid out the same way for every kind of control. */
export function SettingRow({ field, label, inline = false, error, children }: { field: SettingKey; label: ReactNode; inline?: boolean; error?: string; children: ReactNode }) {
  return (
    <div className="py-3">
      <div className={inline ? "flex items-center justify-between gap-4" : "space-y-1"}>
        {label}
        {children}
      </div>
      <p id={hintId(field)} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <InlineSourcedText text={SETTING_HINTS[field]} />
      </p>
      {error ? (
        <p id={errorId(field)} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
