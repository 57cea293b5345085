import { Download } from "lucide-react";

/**
 * "Export CSV" for a list exported on the server (audited there): a plain download link to the
 * export endpoint with the list's filters, so the browser saves the file the server names.
 */
export function CsvExportLink({ href, label = "Export CSV" }: { href: string; label?: string }) {
  return (
    <a
      href={href}
      download
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <Download aria-hidden className="size-4" /> {label}
    </a>
  );
}
