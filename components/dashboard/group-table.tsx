import Link from "next/link";
import { OUTCOME_LABELS } from "@/components/helpdesk/outcome-badge";
import { Badge } from "@/components/ui/badge";
import { affectedUsersHref } from "@/lib/dashboard/affected-users-href";
import type { FleetGroupRow } from "@/lib/dashboard/get-fleet-summary";
import { OUTCOMES, type Outcome } from "@/lib/domain/outcomes";
import type { GroupSummaryView } from "@/lib/policies/views";

export type DashboardGroup = { group: GroupSummaryView; figures: FleetGroupRow | undefined };

const fallbacks = (row: FleetGroupRow | undefined) => (row ? row.byOutcome.failure + row.byOutcome.generic : 0);

/**
 * Failing first: groups whose settings rule out rich push, then those with the most fallbacks in
 * the range ("You have new mail" and failure messages), then by name.
 */
export function sortFailingFirst(groups: DashboardGroup[]): DashboardGroup[] {
  return [...groups].sort(
    (a, b) =>
      Number(a.group.verdict.richPushSupported) - Number(b.group.verdict.richPushSupported) ||
      fallbacks(b.figures) - fallbacks(a.figures) ||
      a.group.name.localeCompare(b.group.name),
  );
}

/** Each group's notifications in the range by outcome, each count a link to the users behind it. */
export function GroupTable({ groups, from, to }: { groups: DashboardGroup[]; from: string; to: string }) {
  const count = (group: DashboardGroup, outcome: Outcome) => {
    const value = group.figures?.byOutcome[outcome] ?? 0;
    if (value === 0) return <span className="text-slate-500 dark:text-slate-400">0</span>;
    return (
      <Link href={affectedUsersHref({ groupId: group.group.id, outcome, from, to })} className="hover:underline">
        {value.toLocaleString()}
      </Link>
    );
  };
  return (
    <table aria-labelledby="groups-heading" className="w-full text-sm">
      <thead className="text-left text-slate-600 dark:text-slate-400">
        <tr>
          <th className="py-2 font-medium">Group</th>
          <th className="py-2 font-medium">Rich push</th>
          {OUTCOMES.map((outcome) => (
            <th key={outcome} className="py-2 text-right font-medium">
              {OUTCOME_LABELS[outcome]}
            </th>
          ))}
          <th className="py-2 text-right font-medium" title="Users with “You have new mail” or a failure message in the range">
            Users affected
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {groups.map((row) => (
          <tr key={row.group.id}>
            <td className="py-2">
              <Link href={`/policies/${row.group.id}`} className="font-medium hover:underline">
                {row.group.name}
              </Link>
              <div className="text-xs text-slate-600 dark:text-slate-400">{row.group.memberCount.toLocaleString()} users</div>
            </td>
            <td className="py-2">
              {row.group.verdict.richPushSupported ? <Badge tone="green">Works</Badge> : <Badge tone="red">{row.group.verdict.failing} failing</Badge>}
            </td>
            {OUTCOMES.map((outcome) => (
              <td key={outcome} className="py-2 text-right tabular-nums">
                {count(row, outcome)}
              </td>
            ))}
            <td className="py-2 text-right tabular-nums">{(row.figures?.affectedUsers ?? 0).toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
