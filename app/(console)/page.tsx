import Link from "next/link";
import { StatCard } from "@/components/dashboard/stat-card";
import { SyncStatCard } from "@/components/dashboard/sync-stat-card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getFleetSummary } from "@/lib/dashboard/get-fleet-summary";
import { withDatabaseDigest } from "@/lib/db/errors";
import { CAUSES } from "@/lib/domain/outcomes";
import { plural } from "@/lib/format/time";
import { listGroups } from "@/lib/policies/list-groups";

const percent = (part: number, total: number) => (total === 0 ? "—" : `${Math.round((part / total) * 100)}%`);

export default async function DashboardPage() {
  const caller = await pageCaller();
  // A database outage is rethrown tagged, so the error boundary can say so in production.
  const [groups, fleet] = await Promise.all([listGroups(caller), getFleetSummary(caller)]).catch((error: unknown) => {
    throw withDatabaseDigest(error);
  });
  const working = groups.filter((group) => group.verdict.richPushSupported);
  const last24h = fleet.totals;

  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${caller.name} (${ROLE_LABELS[caller.role]}).`} />
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-5">
        <StatCard label="Delivery groups where rich push works" value={`${working.length} / ${groups.length}`} />
        <StatCard label="Users in the directory" value={fleet.users.toLocaleString()} />
        <StatCard label="Devices reporting" value={fleet.devices.toLocaleString()} />
        <StatCard label="Notifications, last 24 h" value={last24h.total.toLocaleString()}>
          rich {percent(last24h.byOutcome.rich, last24h.total)} · after sync {percent(last24h.byOutcome.sync, last24h.total)} · generic{" "}
          {percent(last24h.byOutcome.generic, last24h.total)} · failed {percent(last24h.byOutcome.failure, last24h.total)}
        </StatCard>
        <SyncStatCard sync={last24h.sync} />
      </div>

      <div className="mt-8 grid grid-cols-2 gap-8">
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading" className="mb-3 text-lg font-semibold">Delivery groups</h2>
          {groups.length === 0 ? (
            <EmptyState title="No delivery groups yet">Admins create them on the Policies page.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {groups.map((group) => (
                <li key={group.id} className="flex items-center justify-between py-2 text-sm">
                  <Link href={`/policies/${group.id}`} className="font-medium hover:underline">
                    {group.name}
                  </Link>
                  <span className="flex items-center gap-3">
                    <span className="text-slate-600 dark:text-slate-400">{group.memberCount} users</span>
                    {group.verdict.richPushSupported ? <Badge tone="green">Rich push works</Badge> : <Badge tone="red">{group.verdict.failing} failing</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="causes-heading">
          <h2 id="causes-heading" className="mb-3 text-lg font-semibold">Most frequent problems, last 24 h</h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            Causes of “You have new mail” and failure messages on the rich push path. Notifications after sync have no cause: they are how mail
            arrives without rich push.
          </p>
          {last24h.causes.length === 0 ? (
            <EmptyState title="No failed or generic notifications in the last 24 hours" />
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {last24h.causes.slice(0, 5).map((row) => (
                <li key={row.cause} className="py-2 text-sm">
                  <div className="flex justify-between">
                    <code>{row.cause}</code>
                    <span className="tabular-nums">
                      {row.count.toLocaleString()} in {plural(row.groups, "group")}
                    </span>
                  </div>
                  <p className="text-slate-600 dark:text-slate-400">{CAUSES[row.cause]?.cause}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
