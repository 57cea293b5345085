import clsx from "clsx";
import Link from "next/link";
import { DASHBOARD_RANGES, RANGE_LABELS, type DashboardRange } from "@/lib/dashboard/range";

/** The range picker: plain links, so the range lives in the URL (`?range=7d`) and survives reloads and shared links. */
export function RangeLinks({ value }: { value: DashboardRange }) {
  return (
    <nav aria-label="Time range" className="flex gap-1 rounded-lg border border-slate-200 p-1 text-sm dark:border-slate-800">
      {DASHBOARD_RANGES.map((range) => (
        <Link
          key={range}
          href={`/?range=${range}`}
          aria-current={range === value ? "page" : undefined}
          className={clsx(
            "rounded px-3 py-1",
            range === value ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800",
          )}
        >
          {RANGE_LABELS[range]}
        </Link>
      ))}
    </nav>
  );
}
