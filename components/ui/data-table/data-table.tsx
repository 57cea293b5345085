"use client";

import {
  FlexRender,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";
import clsx from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown, Download } from "lucide-react";
import { useQueryState } from "nuqs";
import { useMemo, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { csvFileName, toCsv, type CsvColumn } from "./csv";
import { sortParser, type ColumnSort } from "./sort-param";

// Only the sorting feature and the two sort functions in use are registered: TanStack Table 9
// keeps unregistered features out of the bundle.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

export type DataTableColumn<Row extends RowData> = ColumnDef<typeof dataTableFeatures, Row> & { meta?: { align?: "right" } };

type Props<Row extends RowData> = {
  /** Names the table for assistive technology and the CSV file. */
  label: string;
  columns: DataTableColumn<Row>[];
  data: Row[];
  rowId: (row: Row) => string;
  rowTestId?: (row: Row) => string;
  /** Client-side CSV of the rows as sorted on screen. Lists with personal data export on the server instead (audited). */
  csv?: readonly CsvColumn<Row>[];
  toolbar?: ReactNode;
  /** The query parameter holding the sort; two tables on one page need two names. */
  sortParam?: string;
};

/** The console's one list table: sortable headers (buttons, keyboard-operable, aria-sort), optional CSV export. */
export function DataTable<Row extends RowData>({ label, columns, data, rowId, rowTestId, csv, toolbar, sortParam = "sort" }: Props<Row>) {
  // The sort lives in the URL (pushed, so Back undoes a sort and a pasted link opens sorted the same way).
  const columnIds = useMemo(() => columns.flatMap((column) => (column.id ? [column.id] : [])), [columns]);
  const parser = useMemo(() => sortParser(columnIds), [columnIds]);
  const [sorting, setSortingParam] = useQueryState(sortParam, parser);
  const setSorting = (update: ColumnSort[] | ((old: ColumnSort[]) => ColumnSort[])) =>
    void setSortingParam(typeof update === "function" ? update(sorting) : update);
  const table = useTable<typeof dataTableFeatures, Row>({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: rowId,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  const sortedData = useMemo(() => rows.map((row) => row.original), [rows]);

  function download() {
    if (!csv) return;
    const blob = new Blob([toCsv(csv, sortedData)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = csvFileName(label, new Date());
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-2">
      {toolbar || csv ? (
        <div className="flex flex-wrap items-center justify-end gap-2">
          {toolbar}
          {csv ? (
            <Button variant="secondary" onClick={download} disabled={sortedData.length === 0}>
              <Download aria-hidden className="size-4" /> Export CSV
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm" aria-label={label}>
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-800 dark:text-slate-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const right = (header.column.columnDef as DataTableColumn<Row>).meta?.align === "right";
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={clsx("px-4 py-2", right && "text-right")}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : header.column.getCanSort() ? "none" : undefined}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={clsx("inline-flex items-center gap-1 uppercase hover:text-slate-900 dark:hover:text-slate-100", right && "flex-row-reverse")}
                        >
                          <FlexRender header={header} />
                          {sorted === "asc" ? <ArrowUp aria-hidden className="size-3" /> : sorted === "desc" ? <ArrowDown aria-hidden className="size-3" /> : <ArrowUpDown aria-hidden className="size-3 opacity-50" />}
                        </button>
                      ) : (
                        <FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={rowTestId?.(row.original)} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={clsx("px-4 py-3", (cell.column.columnDef as DataTableColumn<Row>).meta?.align === "right" && "text-right tabular-nums")}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
