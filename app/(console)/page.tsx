import Link from "next/link";
import { GroupTable, sortFailingFirst } from "@/components/dashboard/group-table";
import { RangeLinks } from "@/components/dashboard/range-links";
import type { ChartSeries } from "@/components/dashboard/stacked-bar-chart";
import { StatCard } from "@/components/dashboard/stat-card";
import { SyncStatCard } from "@/components/dashboard/sync-stat-card";
import { TrendChart } from "@/components/dashboard/trend-charts";
import { OUTCOME_LABELS } from "@/components/helpdesk/outcome-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { affectedUsersHref } from "@/lib/dashboard/affected-users-href";
import { getFleetSummary } from "@/lib/dashboard/get-fleet-summary";
import { getFleetTrend } from "@/lib/dashboard/get-fleet-trend";
import { parseRange, RANGE_LABELS } from "@/lib/dashboard/range";
import { withDatabaseDigest } from "@/lib/db/errors";
import { CAUSES, OUTCOMES, type Outcome } from "@/lib/domain/outcomes";
import { plural } from "@/lib/format/time";
import { listGroups } from "@/lib/policies/list-groups";

const percent = (part: number, total: number) => (total === 0 ? "—" : `${Math.round((part / total) * 100)}%`);

const OUTCOME_COLORS: Record<Outcome, string> = { rich: "#10b981", sync: "#64748b", generic: "#f59e0b", failure: "#ef4444" };
const CAUSE_COLORS = ["#ef4444", "#f59e0b", "#8b5cf6", "#0ea5e9", "#ec4899"];

// Readiness per group over time (share of members with rich push) is not charted: the console
// keeps each group's settings revisions but not its members' device facts over time, so a past
// share could not be told honestly. The group table shows today's verdict beside the range's figures.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const range = parseRange((await searchParams).range);
  const caller = await pageCaller();
  const now = new Date();
  // A database outage is rethrown tagged, so the error boundary can say so in production.
  const [groups, fleet, trend] = await Promise.all([listGroups(caller), getFleetSummary(caller, now, range), getFleetTrend(caller, now, range)]).catch(
    (error: unknown) => {
      throw withDatabaseDigest(error);
    },
  );
  const working = groups.filter((group) => group.verdict.richPushSupported);
  const { totals, window } = fleet;
  const { from, to } = window;
  const label = RANGE_LABELS[range];
  const figuresByGroup = new Map(fleet.groups.map((row) => [row.groupId, row]));
  const groupRows = sortFailingFirst(groups.map((group) => ({ group, figures: figuresByGroup.get(group.id) })));

  const outcomeSeries: ChartSeries[] = OUTCOMES.map((outcome) => ({ key: outcome, label: OUTCOME_LABELS[outcome], color: OUTCOME_COLORS[outcome], filter: { outcome } }));
  const causeSeries: ChartSeries[] = trend.topCauses.map((cause, index) => ({ key: cause, label: cause, color: CAUSE_COLORS[index % CAUSE_COLORS.length]!, filter: { cause } }));

  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${caller.name} (${ROLE_LABELS[caller.role]}).`} />
      <div className="mb-4 flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">Notifications in whole hours (UTC), up to the end of the current hour.</p>
        <RangeLinks value={range} />
      </div>
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-5">
        <StatCard label="Delivery groups where rich push works" value={`${working.length} / ${groups.length}`} />
        <StatCard label="Users in the directory" value={fleet.users.toLocaleString()} />
        <StatCard label="Devices reporting" value={fleet.devices.toLocaleString()} />
        <StatCard label={`Notifications, last ${label}`} value={totals.total.toLocaleString()}>
          <ul className="space-y-0.5">
            {OUTCOMES.map((outcome) => (
              <li key={outcome} className="flex justify-between gap-2">
                <Link href={affectedUsersHref({ outcome, from, to })} className="hover:underline">
                  {OUTCOME_LABELS[outcome]} {percent(totals.byOutcome[outcome], totals.total)}
                </Link>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">{plural(totals.usersByOutcome[outcome], "user")}</span>
              </li>
            ))}
          </ul>
        </StatCard>
        <SyncStatCard sync={totals.sync} rangeLabel={label} href={affectedUsersHref({ outcome: "sync", from, to })} />
      </div>

      <div className="mt-8 grid grid-cols-1 gap-8 xl:grid-cols-2">
        <section aria-labelledby="outcomes-trend-heading">
          <h2 id="outcomes-trend-heading" className="mb-3 text-lg font-semibold">Outcomes over time, last {label}</h2>
          <TrendChart
            title="Outcomes over time"
            bucketHours={trend.bucketHours}
            series={outcomeSeries}
            buckets={trend.buckets.map((bucket) => ({ start: bucket.start, values: bucket.byOutcome }))}
          />
        </section>
        <section aria-labelledby="causes-trend-heading">
          <h2 id="causes-trend-heading" className="mb-3 text-lg font-semibold">Top causes over time, last {label}</h2>
          {trend.topCauses.length === 0 ? (
            <EmptyState title={`No failed or generic notifications in the last ${label}`} />
          ) : (
            <TrendChart
              title="Top causes over time"
              bucketHours={trend.bucketHours}
              series={causeSeries}
              buckets={trend.buckets.map((bucket) => ({ start: bucket.start, values: bucket.causes }))}
            />
          )}
        </section>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-8 xl:grid-cols-3">
        <section aria-labelledby="groups-heading" className="xl:col-span-2">
          <h2 id="groups-heading" className="mb-3 text-lg font-semibold">Delivery groups, failing first</h2>
          {groups.length === 0 ? (
            <EmptyState title="No delivery groups yet">Admins create them on the Policies page.</EmptyState>
          ) : (
            <GroupTable groups={groupRows} from={from} to={to} />
          )}
        </section>
        <section aria-labelledby="causes-heading">
          <h2 id="causes-heading" className="mb-3 text-lg font-semibold">Most frequent problems, last {label}</h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            Causes of “You have new mail” and failure messages on the rich push path. Notifications after sync have no cause: they are how mail
            arrives without rich push.
          </p>
          {totals.causes.length === 0 ? (
            <EmptyState title={`No failed or generic notifications in the last ${label}`} />
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {totals.causes.slice(0, 5).map((row) => (
                <li key={row.cause} className="py-2 text-sm">
                  <div className="flex justify-between">
                    <Link href={affectedUsersHref({ cause: row.cause, from, to })} className="hover:underline">
                      <code>{row.cause}</code>
                    </Link>
                    <span className="tabular-nums">
                      {row.count.toLocaleString()} for {plural(row.users, "user")} in {plural(row.groups, "group")}
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
