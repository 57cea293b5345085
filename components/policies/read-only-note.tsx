import { Info } from "lucide-react";

/** Shown to helpdesk and auditors: they see every policy, only admins change them. */
export function ReadOnlyNote() {
  return (
    <p role="note" data-testid="read-only-note" className="flex gap-2 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm dark:border-slate-700 dark:bg-slate-800/60">
      <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>Read-only: you can see every policy and its check, but only admins can change them.</span>
    </p>
  );
}
