"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsString, useQueryStates } from "nuqs";
import { useDeferredValue } from "react";
import { Button } from "@/components/ui/button";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { Label, Select, TextInput } from "@/components/ui/field";
import { auditActionGroups } from "@/lib/audit/actions";
import type { AuditEntryView } from "@/lib/audit/contract";
import { apiUrl, callApi } from "@/lib/client/api-client";
import { AUDIT_EXPORT_LINK } from "@/components/audit/audit-export-link";
import { queryKeys } from "@/lib/client/query-keys";
import { formatDateTime } from "@/lib/format/time";
import { Skeleton } from "@/components/ui/skeleton";
import { auditTargetOf } from "./audit-target";

// Imported with the first request, not with the page: the contract brings zod, kept out of first load.
const loadContract = () => import("@/lib/audit/contract");

const ACTION_GROUPS = auditActionGroups();
const KNOWN_VALUES = new Set(ACTION_GROUPS.flatMap((group) => group.options.map((option) => option.value)));

// Sorting orders the entries loaded so far; the server's order (newest first) is the default.
// The CSV export is the server's (GET /api/v1/audit/export, audited): the log carries actors'
// emails and IPs, and a client-side export would not be recorded. It holds every filtered entry,
// newest first, not only the pages loaded.
const columns: DataTableColumn<AuditEntryView>[] = [
  {
    id: "at",
    header: "Time",
    accessorFn: (entry) => entry.at,
    sortFn: "basic",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.at, { seconds: true })}</span>,
  },
  { id: "actor", header: "Actor", accessorFn: (entry) => entry.actorEmail ?? "system", sortFn: "alphanumeric" },
  { id: "action", header: "Action", accessorFn: (entry) => entry.action, sortFn: "alphanumeric", cell: ({ row }) => <code className="text-xs">{row.original.action}</code> },
  {
    id: "target",
    header: "Target",
    accessorFn: (entry) => auditTargetOf(entry)?.label ?? "",
    sortFn: "alphanumeric",
    cell: ({ row }) => <TargetCell entry={row.original} />,
  },
  { id: "ip", header: "IP", accessorFn: (entry) => entry.ip ?? "", sortFn: "alphanumeric", cell: ({ row }) => <span className="text-xs">{row.original.ip ?? "—"}</span> },
  { id: "details", header: "Details", cell: ({ row }) => <DetailsCell entry={row.original} /> },
];

function TargetCell({ entry }: { entry: AuditEntryView }) {
  const target = auditTargetOf(entry);
  if (!target) return "—";
  // The id stays at hand (the title) for matching against logs and the API.
  return (
    <span className="text-xs" title={target.id ?? undefined} data-testid="audit-target">
      {target.href ? (
        <Link href={target.href} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
          {target.label}
        </Link>
      ) : (
        target.label
      )}
    </span>
  );
}

function DetailsCell({ entry }: { entry: AuditEntryView }) {
  if (!entry.details) return "—";
  return (
    <details className="text-xs">
      <summary className="cursor-pointer">view</summary>
      <pre className="mt-1 max-w-md overflow-auto whitespace-pre-wrap">{JSON.stringify(entry.details, null, 2)}</pre>
      {entry.targetId ? <p className="text-slate-600 dark:text-slate-400">target {entry.targetType} {entry.targetId}</p> : null}
      {entry.requestId ? <p className="text-slate-600 dark:text-slate-400">request {entry.requestId}</p> : null}
    </details>
  );
}

type Filters = { actor: string; action: string; from: string; to: string };

/**
 * The filters live in the URL (?actor=&action=&from=&to=), so a filtered log can be linked and
 * Back returns to it. Typed fields replace the entry while typing (one entry per search, not per
 * key); the action pick-list pushes, being one deliberate choice. The times are kept as the
 * browser's local date-time text, as the inputs show them.
 */
const filterParams = {
  actor: parseAsString.withDefault(""),
  action: parseAsString.withDefault("").withOptions({ history: "push" }),
  from: parseAsString.withDefault(""),
  to: parseAsString.withDefault(""),
};

/** A datetime-local value as an instant; a hand-edited link with no valid time is left out, not thrown on. */
function instantOf(local: string): string | undefined {
  const at = new Date(local);
  return local && !Number.isNaN(at.getTime()) ? at.toISOString() : undefined;
}

/** Empty filters are left out of the query. */
function toQuery(filters: Filters, cursor: string | null) {
  return {
    actor: filters.actor || undefined,
    action: filters.action || undefined,
    from: instantOf(filters.from),
    to: instantOf(filters.to),
    cursor: cursor ?? undefined,
  };
}

export function AuditLog() {
  const [filters, setFilters] = useQueryStates(filterParams, { history: "replace", clearOnDefault: true });
  const deferred = useDeferredValue(filters);
  const query = useInfiniteQuery({
    queryKey: queryKeys.audit.list(deferred),
    queryFn: async ({ pageParam }) => callApi((await loadContract()).auditContract.list, { query: toQuery(deferred, pageParam) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void setFilters({ [key]: event.target.value });

  return (
    <div className="space-y-4">
      <form className="grid grid-cols-4 gap-3" onSubmit={(e) => e.preventDefault()} aria-label="Filter the audit log">
        <div>
          <Label htmlFor="audit-actor">Actor</Label>
          <TextInput id="audit-actor" placeholder="email contains…" value={filters.actor} onChange={set("actor")} />
        </div>
        <div>
          <Label htmlFor="audit-action">Action</Label>
          <Select id="audit-action" value={filters.action} onChange={set("action")}>
            <option value="">Any</option>
            {ACTION_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
            {/* A linked prefix the list does not know (an old link) stays visible instead of silently showing as Any. */}
            {filters.action && !KNOWN_VALUES.has(filters.action) ? <option value={filters.action}>{filters.action}</option> : null}
          </Select>
        </div>
        <div>
          <Label htmlFor="audit-from">From</Label>
          <TextInput id="audit-from" type="datetime-local" value={filters.from} onChange={set("from")} />
        </div>
        <div>
          <Label htmlFor="audit-to">To</Label>
          <TextInput id="audit-to" type="datetime-local" value={filters.to} onChange={set("to")} />
        </div>
      </form>

      <div className="flex justify-end">
        {/* The filters of the list on screen (deferred like it), without its cursor: every page. */}
        <CsvExportLink href={apiUrl(AUDIT_EXPORT_LINK, {}, { ...toQuery(deferred, null), cursor: undefined })} />
      </div>

      {query.isError ? <ErrorNote error={query.error} title="Could not load the audit log" /> : null}
      {query.isPending ? <Skeleton label="audit entries" lines={8} /> : null}
      {query.isSuccess && entries.length === 0 ? <EmptyState title="No audit entries match these filters" /> : null}

      {entries.length > 0 ? (
        <DataTable label="Audit entries" columns={columns} data={entries} rowId={(entry) => entry.id} rowTestId={() => "audit-row"} />
      ) : null}
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Load older entries"}
        </Button>
      ) : null}
    </div>
  );
}
