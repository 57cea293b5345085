import { ArrowRight } from "lucide-react";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { SettingChange } from "@/lib/policies/views";
import { formatSettingValue } from "./format-setting-value";

function ListChange({ before, after }: { before: string[]; after: string[] }) {
  const added = after.filter((host) => !before.includes(host));
  const removed = before.filter((host) => !after.includes(host));
  return (
    <ul className="mt-1 space-y-0.5 font-mono text-xs">
      {added.map((host) => (
        <li key={`+${host}`} className="text-emerald-800 dark:text-emerald-300">+ {host}</li>
      ))}
      {removed.map((host) => (
        <li key={`-${host}`} className="text-red-800 line-through dark:text-red-300">− {host}</li>
      ))}
      {added.length === 0 && removed.length === 0 ? <li className="text-slate-600 dark:text-slate-400">Same hosts, new order</li> : null}
    </ul>
  );
}

/** Changes as `Setting: before → after`; host lists as added and removed entries. */
export function SettingsDiffList({ changes, emptyText = "No changes." }: { changes: SettingChange[]; emptyText?: string }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{emptyText}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="settings-diff">
      {changes.map(({ field, before, after }) => (
        <li key={field} className="py-2">
          <span className="font-medium">{SETTING_LABELS[field]}</span>
          {Array.isArray(before) || Array.isArray(after) ? (
            <ListChange before={Array.isArray(before) ? before : []} after={Array.isArray(after) ? after : []} />
          ) : (
            <span className="mt-0.5 flex flex-wrap items-center gap-1.5">
              <span className="text-slate-600 line-through decoration-slate-400 dark:text-slate-400">{formatSettingValue(field, before)}</span>
              <ArrowRight className="size-3.5 text-slate-600 dark:text-slate-400" aria-label="changes to" />
              <span>{formatSettingValue(field, after)}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
