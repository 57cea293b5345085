import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { RICH_PATH_OUTCOMES, type CauseCode } from "@/lib/domain/outcomes";
import { isKnownCause, isOutcome } from "@/lib/helpdesk/stored-values";
import { zeroOutcomes, type OutcomeCounts } from "./get-fleet-summary";
import { bucketStarts, DEFAULT_RANGE, rangeWindow, type DashboardRange, type RangeWindow } from "./range";
import { rollupTrend } from "./rollup-rows";

/** How many causes the "top causes over time" chart draws; the rest are left to the list. */
export const TOP_CAUSES = 5;

export type FleetTrendBucket = {
  /** Start of the bar; it covers `bucketHours` hours. */
  start: string;
  byOutcome: OutcomeCounts;
  /** Counts of the top causes only. */
  causes: Partial<Record<CauseCode, number>>;
};

export type FleetTrend = { bucketHours: number; buckets: FleetTrendBucket[]; topCauses: CauseCode[] };

const FALLBACK_OUTCOMES: readonly string[] = RICH_PATH_OUTCOMES.filter((outcome) => outcome !== "rich");

/** Outcomes and the most frequent causes per bar over the range, every bar present (empty ones at zero). */
export async function getFleetTrend(caller: Caller | null, now = new Date(), range: DashboardRange = DEFAULT_RANGE): Promise<FleetTrend> {
  requirePermission(caller, "policy:read");
  return fleetTrend(rangeWindow(range, now));
}

/** The trend of any window, unauthorized: for getFleetTrend and the benchmark. */
export async function fleetTrend(window: Pick<RangeWindow, "from" | "to" | "bucketHours">): Promise<FleetTrend> {
  const rows = await rollupTrend(window.from, window.to, window.bucketHours);
  const buckets = new Map(bucketStarts(window).map((start) => [start.getTime(), { start: start.toISOString(), byOutcome: zeroOutcomes(), causes: {} } as FleetTrendBucket]));
  const causeTotals = new Map<CauseCode, number>();
  for (const row of rows) {
    if (!isOutcome(row.outcome) || row.count <= 0) continue;
    const bucket = buckets.get(new Date(row.bucket).getTime());
    if (!bucket) continue;
    bucket.byOutcome[row.outcome] += row.count;
    if (FALLBACK_OUTCOMES.includes(row.outcome) && isKnownCause(row.cause)) causeTotals.set(row.cause, (causeTotals.get(row.cause) ?? 0) + row.count);
  }
  const topCauses = [...causeTotals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_CAUSES)
    .map(([cause]) => cause);
  const top = new Set<string>(topCauses);
  for (const row of rows) {
    if (!FALLBACK_OUTCOMES.includes(row.outcome) || !isKnownCause(row.cause) || !top.has(row.cause) || row.count <= 0) continue;
    const bucket = buckets.get(new Date(row.bucket).getTime());
    if (bucket) bucket.causes[row.cause] = (bucket.causes[row.cause] ?? 0) + row.count;
  }
  return { bucketHours: window.bucketHours, buckets: [...buckets.values()], topCauses };
}
