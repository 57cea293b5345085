import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { OUTCOMES, RICH_PATH_OUTCOMES, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import { isOutcome } from "@/lib/helpdesk/stored-values";

/** Notifications posted after a background sync: the delivery mode of setups without rich push. */
export type FleetSyncSummary = {
  count: number;
  users: number;
  groups: number;
  /** Mail arrival → shown, over the sync notifications that reported it; null when none did. */
  medianDelayMs: number | null;
};

export type FleetSummary = {
  users: number;
  devices: number;
  last24h: {
    total: number;
    byOutcome: Record<Outcome, number>;
    /** Causes of rich-path fallbacks ("You have new mail" and failure messages) only: a sync has no cause. */
    causes: { cause: CauseCode; count: number; groups: number }[];
    sync: FleetSyncSummary;
  };
};

/** Outcomes that carry a cause: the rich path's fallbacks. */
const FALLBACK_OUTCOMES: string[] = RICH_PATH_OUTCOMES.filter((outcome) => outcome !== "rich");

/**
 * Fleet-wide figures for the dashboard: aggregates only, no one user's data. "Last 24 h" ends at
 * `now`: an event dated later (a device clock ahead) is not recent, it is wrong.
 */
export async function getFleetSummary(caller: Caller | null, now = new Date()): Promise<FleetSummary> {
  requirePermission(caller, "policy:read");
  const since = new Date(now.getTime() - 24 * 3600_000);
  const [users, devices, outcomes, causes, [sync]] = await Promise.all([
    db().directoryUser.count(),
    db().device.count(),
    db().notificationEvent.groupBy({ by: ["outcome"], where: { occurredAt: { gte: since, lte: now } }, _count: { _all: true } }),
    db().$queryRaw<{ cause: CauseCode; count: number; groups: number }[]>`
      SELECT cause, count(*)::int AS count, count(DISTINCT "groupId")::int AS groups
      FROM notification_event
      WHERE "occurredAt" BETWEEN ${since} AND ${now} AND outcome = ANY(${FALLBACK_OUTCOMES}::text[]) AND cause IS NOT NULL
      GROUP BY cause ORDER BY count DESC`,
    db().$queryRaw<{ count: number; users: number; groups: number; median: number | null }[]>`
      SELECT count(*)::int AS count, count(DISTINCT "userId")::int AS users, count(DISTINCT "groupId")::int AS groups,
        round(percentile_cont(0.5) WITHIN GROUP (ORDER BY "delayMs"))::int AS median
      FROM notification_event
      WHERE "occurredAt" BETWEEN ${since} AND ${now} AND outcome = 'sync'`,
  ]);
  const byOutcome = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  for (const row of outcomes) if (isOutcome(row.outcome)) byOutcome[row.outcome] = row._count._all;
  const total = OUTCOMES.reduce((sum, outcome) => sum + byOutcome[outcome], 0);
  return {
    users,
    devices,
    last24h: {
      total,
      byOutcome,
      causes,
      sync: { count: sync?.count ?? 0, users: sync?.users ?? 0, groups: sync?.groups ?? 0, medianDelayMs: sync?.median ?? null },
    },
  };
}
