import clsx from "clsx";
import type { ReactNode } from "react";

/** A titled region of a page: a card with a heading that names it for assistive technology. */
export function Panel({
  id,
  title,
  description,
  actions,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={clsx("rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900", className)}
    >
      <div className="mb-3 flex items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
