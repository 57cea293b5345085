/**
 * Caps how many connectivity tests one user runs at once, so a held-down button cannot turn the
 * console into a port scanner. In-process only: with several app instances each enforces its own
 * cap, so the effective limit is max × instances. Move the counter to the database or Redis when
 * scaling out (DESIGN.md §3: limits live there).
 */
export type ConcurrencyLimiter = {
  /** A release function when `key` is under the cap, or null when it is at the cap. Release is idempotent. */
  tryAcquire(key: string): (() => void) | null;
  active(key: string): number;
};

export function createConcurrencyLimiter(max: number): ConcurrencyLimiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("max must be a positive integer");
  const counts = new Map<string, number>();

  return {
    tryAcquire(key) {
      const current = counts.get(key) ?? 0;
      if (current >= max) return null;
      counts.set(key, current + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(key) ?? 1) - 1;
        if (left > 0) counts.set(key, left);
        else counts.delete(key); // no entry per idle user, so the map does not grow
      };
    },
    active(key) {
      return counts.get(key) ?? 0;
    },
  };
}
