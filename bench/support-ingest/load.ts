/** Runs work items through a few concurrent clients and measures each one and the whole. */

export type LoadResult = { wallMs: number; latenciesMs: number[]; rows: number };

export async function runLoad<T>(items: readonly T[], clients: number, run: (item: T) => Promise<number>): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let rows = 0;
  let next = 0;
  const client = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const start = performance.now();
      const written = await run(item); // awaited first: `rows += await …` would read rows before the wait and lose updates
      rows += written;
      latenciesMs.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(clients, items.length) }, client));
  return { wallMs: performance.now() - start, latenciesMs, rows };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const rowsPerSecond = (result: LoadResult) => result.rows / (result.wallMs / 1000);

/** Rounds run one after another, added up. */
export function combine(results: readonly LoadResult[]): LoadResult {
  return {
    wallMs: results.reduce((sum, result) => sum + result.wallMs, 0),
    latenciesMs: results.flatMap((result) => result.latenciesMs),
    rows: results.reduce((sum, result) => sum + result.rows, 0),
  };
}
