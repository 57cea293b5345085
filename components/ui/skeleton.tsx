import clsx from "clsx";

/**
 * A loading placeholder shaped like the content it stands for (lines of a panel, rows of a table),
 * announced once as "Loading <what>" to screen readers.
 */
export function Skeleton({ label, lines = 3, className }: { label: string; lines?: number; className?: string }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} data-skeleton className={clsx("animate-pulse space-y-2", className)}>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className={clsx("h-4 rounded bg-slate-200 dark:bg-slate-800", index % 3 === 2 ? "w-2/3" : "w-full")} />
      ))}
    </div>
  );
}

/** A page-sized placeholder: a heading bar and a few panels of lines. */
export function PageSkeleton({ label, panels = 3 }: { label: string; panels?: number }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} data-skeleton className="animate-pulse space-y-6">
      <div className="h-8 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
      {Array.from({ length: panels }, (_, index) => (
        <div key={index} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <div className="h-5 w-1/4 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-full rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ))}
    </div>
  );
}
