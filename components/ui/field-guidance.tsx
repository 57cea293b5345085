import type { ReactNode } from "react";

/**
 * Advice that goes beyond the reference (DESIGN.md §2.3: "marked as field guidance in code and in
 * the UI"): a visible label, so nobody reads it as the vendor's documented behaviour.
 */
export function FieldGuidance({ children }: { children: ReactNode }) {
  return (
    <p className="flex flex-wrap items-baseline gap-2 text-sm text-slate-600 dark:text-slate-400" data-field-guidance="">
      <span className="rounded border border-slate-300 px-1.5 text-xs font-medium text-slate-700 uppercase dark:border-slate-600 dark:text-slate-300">
        Field guidance
      </span>
      <span>{children}</span>
    </p>
  );
}
