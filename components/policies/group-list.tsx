"use client";

import Link from "next/link";
import type { CsvColumn } from "@/components/ui/data-table/csv";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import type { GroupSummaryView } from "@/lib/policies/views";
import { formatTime } from "./format-time";
import { useGroups } from "./use-groups";
import { VerdictBadge } from "./verdict-badge";
import { Skeleton } from "@/components/ui/skeleton";

const columns: DataTableColumn<GroupSummaryView>[] = [
  {
    id: "name",
    header: "Group",
    accessorFn: (group) => group.name,
    sortFn: "alphanumeric",
    cell: ({ row }) => (
      <>
        <Link href={`/policies/${row.original.id}`} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
          {row.original.name}
        </Link>
        {row.original.description ? <p className="mt-0.5 max-w-md text-xs text-slate-600 dark:text-slate-400">{row.original.description}</p> : null}
      </>
    ),
  },
  {
    id: "richPush",
    header: "Rich push",
    // Supported first when ascending, then by how many checks fail.
    accessorFn: (group) => (group.verdict.richPushSupported ? 0 : 1 + group.verdict.failing),
    sortFn: "basic",
    cell: ({ row }) => <VerdictBadge richPushSupported={row.original.verdict.richPushSupported} failing={row.original.verdict.failing} warnings={row.original.verdict.warnings} />,
  },
  {
    id: "members",
    header: "Members",
    accessorFn: (group) => group.memberCount,
    sortFn: "basic",
    meta: { align: "right" },
    cell: ({ row }) => row.original.memberCount.toLocaleString(),
  },
  {
    id: "lastChange",
    header: "Last change",
    accessorFn: (group) => group.lastChange.at,
    sortFn: "basic",
    cell: ({ row }) => (
      <span className="text-xs">
        <span className="block">{row.original.lastChange.byEmail ?? "system"}</span>
        <span className="text-slate-600 dark:text-slate-400">
          {formatTime(row.original.lastChange.at)} · v{row.original.lastChange.version}
        </span>
      </span>
    ),
  },
];

// No e-mail addresses: a client-side export is not audited, so it carries no personal data.
const csv: CsvColumn<GroupSummaryView>[] = [
  { header: "Group", value: (group) => group.name },
  { header: "Description", value: (group) => group.description },
  { header: "Rich push supported", value: (group) => group.verdict.richPushSupported },
  { header: "Failing checks", value: (group) => group.verdict.failing },
  { header: "Warnings", value: (group) => group.verdict.warnings },
  { header: "Members", value: (group) => group.memberCount },
  { header: "Last change", value: (group) => group.lastChange.at },
  { header: "Version", value: (group) => group.lastChange.version },
];

/** Every delivery group with its verdict, member count and last change. */
export function GroupList({ canWrite }: { canWrite: boolean }) {
  const groups = useGroups();

  if (groups.isPending) return <Skeleton label="delivery groups" lines={6} />;
  if (groups.isError) return <ErrorNote error={groups.error} title="Could not load the delivery groups" />;
  if (groups.data.groups.length === 0) {
    return <EmptyState title="No delivery groups yet">{canWrite ? "Create a group to configure rich push for its members." : "An admin has not created any group yet."}</EmptyState>;
  }

  return (
    <DataTable
      label="Delivery groups"
      columns={columns}
      data={groups.data.groups}
      rowId={(group) => group.id}
      rowTestId={(group) => `group-row-${group.name}`}
      csv={csv}
    />
  );
}
