import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { CauseCode, Outcome } from "@/lib/domain/outcomes";

export type FleetSummary = {
  users: number;
  devices: number;
  last24h: { total: number; byOutcome: Record<Outcome, number>; causes: { cause: CauseCode; count: number; groups: number }[] };
};

/** Fleet-wide figures for the dashboard: aggregates only, no one user's data. */
export async function getFleetSummary(caller: Caller | null, now = new Date()): Promise<FleetSummary> {
  requirePermission(caller, "policy:read");
  const since = new Date(now.getTime() - 24 * 3600_000);
  const [users, devices, outcomes, causes] = await Promise.all([
    db().directoryUser.count(),
    db().device.count(),
    db().notificationEvent.groupBy({ by: ["outcome"], where: { occurredAt: { gte: since } }, _count: { _all: true } }),
    db().$queryRaw<{ cause: CauseCode; count: number; groups: number }[]>`
      SELECT cause, count(*)::int AS count, count(DISTINCT "groupId")::int AS groups
      FROM notification_event
      WHERE "occurredAt" >= ${since} AND cause IS NOT NULL
      GROUP BY cause ORDER BY count DESC`,
  ]);
  const byOutcome: Record<Outcome, number> = { rich: 0, generic: 0, failure: 0 };
  for (const row of outcomes) byOutcome[row.outcome as Outcome] = row._count._all;
  return {
    users,
    devices,
    last24h: { total: byOutcome.rich + byOutcome.generic + byOutcome.failure, byOutcome, causes },
  };
}
