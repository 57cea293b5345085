"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { parseAsString, useQueryStates } from "nuqs";
import { useDeferredValue } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { auditContract } from "@/lib/audit/contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { formatDateTime } from "@/lib/format/time";
import { Skeleton } from "@/components/ui/skeleton";

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
    queryFn: ({ pageParam }) => callApi(auditContract.list, { query: toQuery(deferred, pageParam) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLInputElement>) => void setFilters({ [key]: event.target.value });

  return (
    <div className="space-y-4">
      <form className="grid grid-cols-4 gap-3" onSubmit={(e) => e.preventDefault()} aria-label="Filter the audit log">
        <div>
          <Label htmlFor="audit-actor">Actor</Label>
          <TextInput id="audit-actor" placeholder="email contains…" value={filters.actor} onChange={set("actor")} />
        </div>
        <div>
          <Label htmlFor="audit-action">Action</Label>
          <TextInput id="audit-action" placeholder="e.g. auth. or policy.update" value={filters.action} onChange={set("action")} />
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

      {query.isError ? <ErrorNote error={query.error} title="Could not load the audit log" /> : null}
      {query.isPending ? <Skeleton label="audit entries" lines={8} /> : null}
      {query.isSuccess && entries.length === 0 ? <EmptyState title="No audit entries match these filters" /> : null}

      {entries.length > 0 ? (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-xs uppercase text-slate-600 dark:text-slate-400 dark:border-slate-700">
            <tr>
              <th className="py-2 pr-3">Time</th>
              <th className="py-2 pr-3">Actor</th>
              <th className="py-2 pr-3">Action</th>
              <th className="py-2 pr-3">Target</th>
              <th className="py-2 pr-3">IP</th>
              <th className="py-2">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="audit-row">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(entry.at, { seconds: true })}</td>
                <td className="py-2 pr-3">{entry.actorEmail ?? "system"}</td>
                <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
                <td className="py-2 pr-3 text-xs">{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</td>
                <td className="py-2 pr-3 text-xs">{entry.ip ?? "—"}</td>
                <td className="py-2 text-xs">
                  {entry.details ? (
                    <details>
                      <summary className="cursor-pointer">view</summary>
                      <pre className="mt-1 max-w-md overflow-auto whitespace-pre-wrap">{JSON.stringify(entry.details, null, 2)}</pre>
                      {entry.requestId ? <p className="text-slate-600 dark:text-slate-400">request {entry.requestId}</p> : null}
                    </details>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Load older entries"}
        </Button>
      ) : null}
    </div>
  );
}
