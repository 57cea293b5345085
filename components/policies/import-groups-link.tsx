import { Upload } from "lucide-react";
import Link from "next/link";

/** To the import screen, which previews an export file's changes before applying them. */
export function ImportGroupsLink() {
  return (
    <Link
      href="/policies/import"
      className="inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <Upload className="size-4" aria-hidden /> Import JSON
    </Link>
  );
}
