/**
 * The median of values given as (value, count) rows in ascending order: the middle value, or the
 * mean of the two middle ones for an even count (as PostgreSQL's percentile_cont(0.5)); null when
 * there are none.
 */
export function medianOfBuckets(rows: readonly { value: number; count: number }[]): number | null {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const row of rows) {
      seen += row.count;
      if (position < seen) return row.value;
    }
    return rows[rows.length - 1]!.value;
  };
  const lower = valueAt(Math.floor((total - 1) / 2));
  const upper = valueAt(Math.floor(total / 2));
  return Math.round((lower + upper) / 2);
}
