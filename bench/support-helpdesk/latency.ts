/** Latency samples in milliseconds and their percentiles. */
export class Latency {
  readonly samples: number[] = [];

  async time<T>(run: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    const value = await run();
    this.samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    return value;
  }

  /** Nearest-rank percentile, `p` in (0, 100]. */
  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  }
}
