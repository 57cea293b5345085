"use client";

import { Button } from "@/components/ui/button";

/** Save and discard, with why Save is unavailable when it is. */
export function EditorToolbar({ changeCount, invalidCount, onSave, onDiscard }: { changeCount: number; invalidCount: number; onSave: () => void; onDiscard: () => void }) {
  const status =
    invalidCount > 0
      ? `Fix ${invalidCount} ${invalidCount === 1 ? "field" : "fields"} before saving.`
      : changeCount > 0
        ? `${changeCount} unsaved ${changeCount === 1 ? "change" : "changes"}`
        : "No unsaved changes";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span role="status" className={invalidCount > 0 ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-slate-600 dark:text-slate-400"}>
        {status}
      </span>
      <Button variant="secondary" onClick={onDiscard} disabled={changeCount === 0}>
        Discard
      </Button>
      <Button onClick={onSave} disabled={changeCount === 0 || invalidCount > 0}>
        Save…
      </Button>
    </div>
  );
}
