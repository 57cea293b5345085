"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { formatTime } from "./format-time";
import { useGroups } from "./use-groups";
import { VerdictBadge } from "./verdict-badge";
import { Skeleton } from "@/components/ui/skeleton";

/** Every delivery group with its verdict, member count and last change. */
export function GroupList({ canWrite }: { canWrite: boolean }) {
  const groups = useGroups();

  if (groups.isPending) return <Skeleton label="delivery groups" lines={6} />;
  if (groups.isError) return <ErrorNote error={groups.error} title="Could not load the delivery groups" />;
  if (groups.data.groups.length === 0) {
    return <EmptyState title="No delivery groups yet">{canWrite ? "Create a group to configure rich push for its members." : "An admin has not created any group yet."}</EmptyState>;
  }

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-4 py-2">Group</th>
            <th scope="col" className="px-4 py-2">Rich push</th>
            <th scope="col" className="px-4 py-2 text-right">Members</th>
            <th scope="col" className="px-4 py-2">Last change</th>
          </tr>
        </thead>
        <tbody>
          {groups.data.groups.map((group) => (
            <tr key={group.id} data-testid={`group-row-${group.name}`} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
              <td className="px-4 py-3">
                <Link href={`/policies/${group.id}`} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                  {group.name}
                </Link>
                {group.description ? <p className="mt-0.5 max-w-md text-xs text-slate-600 dark:text-slate-400">{group.description}</p> : null}
              </td>
              <td className="px-4 py-3">
                <VerdictBadge richPushSupported={group.verdict.richPushSupported} failing={group.verdict.failing} warnings={group.verdict.warnings} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{group.memberCount.toLocaleString()}</td>
              <td className="px-4 py-3 text-xs">
                <span className="block">{group.lastChange.byEmail ?? "system"}</span>
                <span className="text-slate-600 dark:text-slate-400">
                  {formatTime(group.lastChange.at)} · v{group.lastChange.version}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
