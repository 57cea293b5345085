"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { OutcomeBadge } from "@/components/helpdesk/outcome-badge";
import { userPageHref } from "@/components/helpdesk/user-search";
import { Button } from "@/components/ui/button";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { Select } from "@/components/ui/field";
import { Skeleton } from "@/components/ui/skeleton";
import { AFFECTED_SORTS, type AffectedSort } from "@/lib/affected-users/cursor";
import type { AffectedUser } from "@/lib/affected-users/views";
import type { AffectedUsersFilter } from "@/lib/dashboard/affected-users-href";
import type { Outcome } from "@/lib/domain/outcomes";
import { formatDateTime, plural } from "@/lib/format/time";
import { useAffectedUsers } from "./use-affected-users";

// The link builder's parameter names (lib/dashboard/affected-users-href.ts), plus the sort.
const FILTER_PARSERS = {
  groupId: parseAsString,
  cause: parseAsString,
  outcome: parseAsString,
  fact: parseAsString,
  from: parseAsString,
  to: parseAsString,
  sort: parseAsStringLiteral(AFFECTED_SORTS).withDefault("count"),
};
type FilterKey = Exclude<keyof typeof FILTER_PARSERS, "sort">;
const FILTER_KEYS: readonly FilterKey[] = ["groupId", "outcome", "cause", "fact", "from", "to"];

const SORT_LABELS: Record<AffectedSort, string> = { count: "Most notifications", last: "Latest notification", name: "Name (A–Z)" };

// Server-side order: the table's own header sorting would reorder only the rows loaded so far.
const COLUMNS: DataTableColumn<AffectedUser>[] = [
  {
    id: "name",
    header: "User",
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={userPageHref(row.original.id)} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
        {row.original.displayName}
      </Link>
    ),
  },
  { id: "upn", header: "UPN", enableSorting: false, cell: ({ row }) => <span className="break-all">{row.original.upn}</span> },
  { id: "group", header: "Group", enableSorting: false, cell: ({ row }) => row.original.group?.name ?? "—" },
  { id: "count", header: "Notifications", enableSorting: false, meta: { align: "right" }, cell: ({ row }) => row.original.count },
  { id: "lastAt", header: "Latest", enableSorting: false, cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.lastAt)}</span> },
  {
    id: "lastOutcome",
    header: "Latest outcome",
    enableSorting: false,
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-1.5">
        <OutcomeBadge outcome={row.original.lastOutcome as Outcome} />
        {row.original.lastCause ? <code className="text-xs">{row.original.lastCause}</code> : null}
      </span>
    ),
  },
];

function exportHref(filter: AffectedUsersFilter, sort: AffectedSort, range: { from: string; to: string } | undefined): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  // The file holds what the list holds: the same resolved range, not a later "now".
  if (range) {
    params.set("from", range.from);
    params.set("to", range.to);
  }
  params.set("sort", sort);
  return `/api/v1/affected-users/export?${params}`;
}

/** The "Affected users" list: filters from the URL, server-sorted, a page at a time, exportable as CSV. */
export function AffectedUsersList({ groupName }: { groupName: string | null }) {
  // Not shallow: the page title and description, rendered on the server, follow the filters.
  const [state, setState] = useQueryStates(FILTER_PARSERS, { shallow: false });
  const filter = useMemo(() => {
    const chosen: Record<string, string> = {};
    for (const key of FILTER_KEYS) if (state[key]) chosen[key] = state[key];
    return chosen as AffectedUsersFilter;
  }, [state]);
  const list = useAffectedUsers(filter, state.sort);
  const users = list.data?.pages.flatMap((page) => page.users) ?? [];
  const range = list.data?.pages[0]?.range;

  const chips = FILTER_KEYS.filter((key) => filter[key]).map((key) => ({
    key,
    label: key === "groupId" ? `Group: ${groupName ?? filter.groupId}` : key === "from" || key === "to" ? `${key === "from" ? "From" : "Until"} ${formatDateTime(filter[key])}` : `${key}: ${filter[key]}`,
  }));

  const toolbar = (
    <>
      <label htmlFor="affected-sort" className="text-sm font-medium">
        Sort
      </label>
      <Select id="affected-sort" className="w-auto" value={state.sort} onChange={(event) => void setState({ sort: event.target.value as AffectedSort })}>
        {AFFECTED_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </Select>
      <CsvExportLink href={exportHref(filter, state.sort, range)} />
    </>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Filters">
        {chips.length === 0 ? <span className="text-slate-600 dark:text-slate-400">All notifications</span> : null}
        {chips.map((chip) => (
          <span key={chip.key} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 dark:bg-slate-800">
            {chip.label}
            <button type="button" aria-label={`Remove filter ${chip.label}`} className="rounded-full p-0.5 hover:bg-slate-200 dark:hover:bg-slate-700" onClick={() => void setState({ [chip.key]: null })}>
              <X aria-hidden className="size-3" />
            </button>
          </span>
        ))}
        {range ? (
          <span className="text-slate-600 dark:text-slate-400" data-testid="affected-range">
            Notifications from {formatDateTime(range.from)} until {formatDateTime(range.to)}
          </span>
        ) : null}
      </div>

      {list.isError ? <ErrorNote error={list.error} title="Could not load the affected users" /> : null}
      {list.isPending ? <Skeleton label="affected users" lines={8} /> : null}
      {list.isSuccess && users.length === 0 ? (
        <EmptyState title="No users match these filters">No notification in this range matches every filter. Remove a filter or widen the range.</EmptyState>
      ) : null}
      {users.length > 0 ? (
        <>
          <DataTable label="Affected users" columns={COLUMNS} data={users} rowId={(user) => user.id} rowTestId={() => "affected-user-row"} toolbar={toolbar} />
          <div className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
            <span>{plural(users.length, "user")} shown</span>
            {list.hasNextPage ? (
              <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
