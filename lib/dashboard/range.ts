/** The dashboard's time ranges, kept in the URL as `?range=`. Pure: shared by the page, the charts and the bench. */

export const DASHBOARD_RANGES = ["24h", "7d", "30d"] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];
export const DEFAULT_RANGE: DashboardRange = "24h";

export const RANGE_LABELS: Record<DashboardRange, string> = { "24h": "24 h", "7d": "7 days", "30d": "30 days" };

const HOUR_MS = 3_600_000;

/** Hours covered, and the width of one chart bar: hourly over a day, 6-hourly over a week, daily over a month. */
const RANGE_SHAPE: Record<DashboardRange, { hours: number; bucketHours: number }> = {
  "24h": { hours: 24, bucketHours: 1 },
  "7d": { hours: 7 * 24, bucketHours: 6 },
  "30d": { hours: 30 * 24, bucketHours: 24 },
};

export function parseRange(value: string | string[] | undefined): DashboardRange {
  const text = Array.isArray(value) ? value[0] : value;
  return (DASHBOARD_RANGES as readonly string[]).includes(text ?? "") ? (text as DashboardRange) : DEFAULT_RANGE;
}

export type RangeWindow = {
  range: DashboardRange;
  /** Start of the first hour covered (UTC hour boundary). */
  from: Date;
  /** End of the current hour: the window is [from, to). */
  to: Date;
  bucketHours: number;
};

/**
 * The rollups count whole UTC hours, so a range is whole hours: the current hour and the ones
 * before it ("24 h" is this hour and the 23 before). Decision: the current hour counts whole,
 * including events dated a little after `now` (the API takes times up to an hour ahead), because a
 * rollup cannot split an hour; cutting at `now` would need the raw events the dashboard must not read.
 */
export function rangeWindow(range: DashboardRange, now: Date): RangeWindow {
  const { hours, bucketHours } = RANGE_SHAPE[range];
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return { range, from: new Date(currentHour - (hours - 1) * HOUR_MS), to: new Date(currentHour + HOUR_MS), bucketHours };
}

/** Start of each chart bar, oldest first. */
export function bucketStarts(window: Pick<RangeWindow, "from" | "to" | "bucketHours">): Date[] {
  const starts: Date[] = [];
  for (let at = window.from.getTime(); at < window.to.getTime(); at += window.bucketHours * HOUR_MS) starts.push(new Date(at));
  return starts;
}

export function bucketEnd(start: Date | string, bucketHours: number): Date {
  return new Date(new Date(start).getTime() + bucketHours * HOUR_MS);
}
