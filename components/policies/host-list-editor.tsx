"use client";

import { Plus, Trash2 } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { hostPortSchema, SETTING_LABELS } from "@/lib/domain/settings";
import { settingFieldId } from "./setting-fields";
import { errorId, hintId, SettingRow } from "./setting-row";

const FIELD = "backgroundNetworkServices";

function rowError(value: string): string | undefined {
  const result = hostPortSchema.safeParse(value);
  return result.success ? undefined : value.trim() === "" ? "Enter host:port, or remove this row." : result.error.issues[0]?.message;
}

/** Background network services: one host:port per row, each validated as typed, with add and remove. */
export function HostListEditor({ hosts, listError, disabled, onChange }: { hosts: string[]; listError?: string; disabled: boolean; onChange: (hosts: string[]) => void }) {
  const container = useRef<HTMLDivElement>(null);
  // Where focus goes once a row is added or removed: a row index, or "add" for the Add button.
  const focusNext = useRef<number | "add" | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    const target = next === "add" ? container.current?.querySelector<HTMLElement>("[data-add-host]") : container.current?.querySelectorAll("input")[next];
    target?.focus();
  });

  const update = (index: number, value: string) => onChange(hosts.map((host, i) => (i === index ? value : host)));
  const add = () => {
    onChange([...hosts, ""]);
    focusNext.current = hosts.length;
  };
  const remove = (index: number) => {
    onChange(hosts.filter((_, i) => i !== index));
    focusNext.current = hosts.length > 1 ? Math.min(index, hosts.length - 2) : "add";
  };

  return (
    <SettingRow field={FIELD} error={listError} label={<span className="block text-sm font-medium" id={`${settingFieldId(FIELD)}-label`}>{SETTING_LABELS[FIELD]}</span>}>
      <div ref={container} id={settingFieldId(FIELD)} role="group" aria-labelledby={`${settingFieldId(FIELD)}-label`} aria-describedby={hintId(FIELD)} className="space-y-2">
        {hosts.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No hosts listed.</p> : null}
        <ul className="space-y-2">
          {hosts.map((host, index) => {
            const error = rowError(host);
            const path = `${FIELD}[${index}]`;
            return (
              <li key={index} data-testid="host-row">
                <div className="flex gap-2">
                  <TextInput
                    value={host}
                    disabled={disabled}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder="host:port"
                    aria-label={`Background network services entry ${index + 1}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId(path) : undefined}
                    onChange={(event) => update(index, event.target.value)}
                  />
                  {disabled ? null : (
                    <Button variant="ghost" aria-label={`Remove entry ${index + 1}${host ? ` (${host})` : ""}`} onClick={() => remove(index)}>
                      <Trash2 className="size-4" aria-hidden />
                    </Button>
                  )}
                </div>
                {error ? (
                  <p id={errorId(path)} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
                    {error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        {disabled ? null : (
          <Button data-add-host variant="secondary" onClick={add}>
            <Plus className="size-4" aria-hidden /> Add host
          </Button>
        )}
      </div>
    </SettingRow>
  );
}
