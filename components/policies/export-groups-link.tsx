import { Download } from "lucide-react";

/** Downloads every group's settings as the JSON file the import API reads. */
export function ExportGroupsLink() {
  return (
    <a
      href="/api/v1/groups/export"
      download
      className="inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <Download className="size-4" aria-hidden /> Export JSON
    </a>
  );
}
