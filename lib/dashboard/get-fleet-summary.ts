import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { OUTCOMES, RICH_PATH_OUTCOMES, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import { isKnownCause, isOutcome } from "@/lib/helpdesk/stored-values";
import { medianOfBuckets } from "./median-of-buckets";
import { DEFAULT_RANGE, rangeWindow, type DashboardRange, type RangeWindow } from "./range";
import { NO_GROUP_ID, rollupSyncDelays, rollupTotals, rollupUserCounts } from "./rollup-rows";

export type OutcomeCounts = Record<Outcome, number>;

/** Notifications posted after a background sync: the delivery mode of setups without rich push. */
export type FleetSyncSummary = {
  count: number;
  users: number;
  groups: number;
  /** Mail arrival → shown, over the sync notifications that reported it; null when none did. */
  medianDelayMs: number | null;
};

export type FleetCauseRow = { cause: CauseCode; count: number; groups: number; users: number };

/** One delivery group's notifications in the range; `groupId` null for users in no group. */
export type FleetGroupRow = {
  groupId: string | null;
  byOutcome: OutcomeCounts;
  /** Users with a "You have new mail" or a failure message in the range. */
  affectedUsers: number;
};

export type FleetSummary = {
  users: number;
  devices: number;
  window: { range: DashboardRange; from: string; to: string };
  totals: {
    total: number;
    byOutcome: OutcomeCounts;
    /** Users with at least one notification of the outcome in the range. */
    usersByOutcome: OutcomeCounts;
    /** Causes of rich-path fallbacks ("You have new mail" and failure messages) only: a sync has no cause. */
    causes: FleetCauseRow[];
    sync: FleetSyncSummary;
  };
  groups: FleetGroupRow[];
};

/** Outcomes that carry a cause: the rich path's fallbacks. */
const FALLBACK_OUTCOMES: readonly string[] = RICH_PATH_OUTCOMES.filter((outcome) => outcome !== "rich");

export const zeroOutcomes = (): OutcomeCounts => Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;

/**
 * Fleet-wide figures for the dashboard over a range of whole UTC hours (lib/dashboard/range.ts):
 * aggregates only, no one user's data, read from the hourly rollups (lib/dashboard/rollup-rows.ts).
 */
export async function getFleetSummary(caller: Caller | null, now = new Date(), range: DashboardRange = DEFAULT_RANGE): Promise<FleetSummary> {
  requirePermission(caller, "policy:read");
  const window = rangeWindow(range, now);
  const [users, devices, figures] = await Promise.all([db().directoryUser.count(), db().device.count(), fleetFigures(window)]);
  return { users, devices, window: { range, from: window.from.toISOString(), to: window.to.toISOString() }, ...figures };
}

/** The range's figures, unauthorized: for getFleetSummary and the benchmark. */
export async function fleetFigures(window: Pick<RangeWindow, "from" | "to">): Promise<Pick<FleetSummary, "totals" | "groups">> {
  const [totals, userCounts, delays] = await Promise.all([
    rollupTotals(window.from, window.to),
    rollupUserCounts(window.from, window.to),
    rollupSyncDelays(window.from, window.to),
  ]);
  const groupIdOf = (id: string | null) => (id === null || id === NO_GROUP_ID ? null : id);

  const byOutcome = zeroOutcomes();
  const causes = new Map<CauseCode, FleetCauseRow & { groupIds: Set<string> }>();
  const groups = new Map<string | null, FleetGroupRow>();
  const syncGroups = new Set<string>();
  for (const row of totals) {
    if (!isOutcome(row.outcome) || row.count <= 0) continue;
    const groupId = groupIdOf(row.groupId);
    byOutcome[row.outcome] += row.count;
    const group = groups.get(groupId) ?? { groupId, byOutcome: zeroOutcomes(), affectedUsers: 0 };
    group.byOutcome[row.outcome] += row.count;
    groups.set(groupId, group);
    if (row.outcome === "sync" && groupId) syncGroups.add(groupId);
    if (FALLBACK_OUTCOMES.includes(row.outcome) && isKnownCause(row.cause)) {
      const cause = causes.get(row.cause) ?? { cause: row.cause, count: 0, groups: 0, users: 0, groupIds: new Set<string>() };
      cause.count += row.count;
      if (groupId) cause.groupIds.add(groupId);
      causes.set(row.cause, cause);
    }
  }

  const usersByOutcome = zeroOutcomes();
  for (const row of userCounts) {
    if (row.kind === "outcome" && isOutcome(row.key)) usersByOutcome[row.key] = row.users;
    if (row.kind === "cause" && isKnownCause(row.key)) {
      const cause = causes.get(row.key);
      if (cause) cause.users = row.users;
    }
    if (row.kind === "group") {
      const group = groups.get(groupIdOf(row.key));
      if (group) group.affectedUsers = row.users;
    }
  }

  const total = OUTCOMES.reduce((sum, outcome) => sum + byOutcome[outcome], 0);
  return {
    totals: {
      total,
      byOutcome,
      usersByOutcome,
      causes: [...causes.values()]
        .map(({ groupIds, ...cause }) => ({ ...cause, groups: groupIds.size }))
        .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
      sync: {
        count: byOutcome.sync,
        users: usersByOutcome.sync,
        groups: syncGroups.size,
        medianDelayMs: medianOfBuckets(delays.map((row) => ({ value: row.delayMs, count: row.count }))),
      },
    },
    groups: [...groups.values()],
  };
}
