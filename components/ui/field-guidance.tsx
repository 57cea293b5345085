import { useId, type ReactNode } from "react";

/**
 * Advice beyond the vendor reference (DESIGN.md §2.3: "marked as field guidance in code and in
 * the UI": iOS Settings paths, certificate checklists, the push registration host), always under
 * its own visible label so nobody reads it as the vendor's documented behaviour. Takes a list of
 * sentences or running content.
 */
export function FieldGuidance({ items, children }: { items?: readonly string[]; children?: ReactNode }) {
  const labelId = useId();
  const entries = items ?? [];
  if (!children && entries.length === 0) return null;
  return (
    <div
      role="note"
      aria-labelledby={labelId}
      data-testid="field-guidance"
      data-field-guidance=""
      className="rounded-md border border-dashed border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p id={labelId} className="font-medium">
        Field guidance <span className="font-normal text-amber-900 dark:text-amber-200">· beyond the vendor reference</span>
      </p>
      {children ? (
        <div className="mt-1">{children}</div>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {entries.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
