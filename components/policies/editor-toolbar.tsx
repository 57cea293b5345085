"use client";

import clsx from "clsx";
import { Button } from "@/components/ui/button";

/** Height kept free below the page while the bar is pinned, so it never covers the last settings. */
export const PINNED_SAVE_BAR_SPACE = "h-20";

/**
 * Save and discard, with why Save is unavailable when it is. While there are unsaved changes the
 * same element is pinned to the bottom of the viewport (beside the navigation column), so Save
 * stays in sight however far the form is scrolled. It is restyled rather than moved, so the
 * keyboard order (right after the page header) and the focus stay where they were.
 */
export function EditorToolbar({ changeCount, invalidCount, onSave, onDiscard }: { changeCount: number; invalidCount: number; onSave: () => void; onDiscard: () => void }) {
  const pinned = changeCount > 0;
  const status =
    invalidCount > 0
      ? `Fix ${invalidCount} ${invalidCount === 1 ? "field" : "fields"} before saving.`
      : changeCount > 0
        ? `${changeCount} unsaved ${changeCount === 1 ? "change" : "changes"}`
        : "No unsaved changes";
  return (
    <div
      role="region"
      aria-label="Save changes"
      data-testid="editor-toolbar"
      data-pinned={pinned}
      className={clsx(
        "flex flex-wrap items-center gap-3",
        pinned &&
          "fixed right-0 bottom-0 left-56 z-30 justify-end border-t border-slate-200 bg-white/95 px-8 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] print:hidden dark:border-slate-800 dark:bg-slate-900/95",
      )}
    >
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
