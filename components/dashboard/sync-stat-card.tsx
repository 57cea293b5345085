import Link from "next/link";
import { formatDelay } from "@/components/helpdesk/format";
import { plural } from "@/lib/format/time";
import type { FleetSyncSummary } from "@/lib/dashboard/get-fleet-summary";
import { StatCard } from "./stat-card";

const count = plural;

/**
 * Notifications posted after a background sync in the range: the setups without rich push
 * (reference: "after iOS wakes up Secure Mail to perform a sync"), apart from the problems.
 * With `href`, the count links to the users who got them.
 */
export function SyncStatCard({ sync, rangeLabel = "24 h", href }: { sync: FleetSyncSummary; rangeLabel?: string; href?: string }) {
  const value = sync.count.toLocaleString();
  return (
    <StatCard label={`After sync, last ${rangeLabel}`} value={href && sync.count > 0 ? <Link href={href} className="hover:underline">{value}</Link> : value}>
      {sync.count === 0 ? (
        <span className="text-slate-600 dark:text-slate-400">No notification came after a background sync.</span>
      ) : (
        <span data-testid="sync-stat">
          for {count(sync.users, "user")} in {count(sync.groups, "group")} without rich push: shown only after iOS woke Secure Mail to sync
          {sync.medianDelayMs !== null ? `, typically ${formatDelay(sync.medianDelayMs)} after the mail arrived` : ""}.
        </span>
      )}
    </StatCard>
  );
}
