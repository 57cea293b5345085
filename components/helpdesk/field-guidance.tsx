import { useId } from "react";

/**
 * Advice beyond the vendor reference (iOS Settings paths, certificate checklists, the push
 * registration host), always under its own visible label so nobody mistakes it for the reference.
 */
export function FieldGuidance({ items }: { items: readonly string[] | undefined }) {
  const labelId = useId();
  if (!items || items.length === 0) return null;
  return (
    <div
      role="note"
      aria-labelledby={labelId}
      data-testid="field-guidance"
      className="rounded-md border border-dashed border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p id={labelId} className="font-medium">
        Field guidance <span className="font-normal text-amber-900 dark:text-amber-200">· beyond the vendor reference</span>
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
