import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { OUTCOMES, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import { isOutcome } from "@/lib/helpdesk/stored-values";

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
  const byOutcome = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  for (const row of outcomes) if (isOutcome(row.outcome)) byOutcome[row.outcome] = row._count._all;
  const total = OUTCOMES.reduce((sum, outcome) => sum + byOutcome[outcome], 0);
  return { users, devices, last24h: { total, byOutcome, causes } };
}
