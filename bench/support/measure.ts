/** Wall time of `run` in milliseconds, with the value it returned (kept so the work is not optimised away). */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Left-aligned first column, right-aligned figures: a table that reads in a terminal. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("   "))
    .map((line) => `  ${line}`)
    .join("\n");
}

export const integer = (value: number) => Math.round(value).toLocaleString("en-US");
export const fixed = (value: number, digits = 1) => value.toFixed(digits);

export const seconds = (ms: number) => `${fixed(ms / 1000)} s`;

/** Runs one loading step, printing its label and how long it took; returns the milliseconds. */
export async function step(label: string, run: () => Promise<unknown>): Promise<number> {
  process.stdout.write(`  ${label}…`);
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  process.stdout.write(` ${seconds(ms)}\n`);
  return ms;
}
