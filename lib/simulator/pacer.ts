/** Keeps a sender at or under a rate: each batch waits until the previous batches' budget has elapsed. */

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type Pacer = { take(count: number): Promise<void> };

/** `perSecond` undefined or 0 means no limit. The first batch goes at once; later ones are spaced. */
export function createPacer(perSecond: number | undefined, clock: Clock = systemClock): Pacer {
  if (!perSecond) return { take: async () => {} };
  if (!(perSecond > 0)) throw new Error(`rate must be > 0, got ${perSecond}`);
  let freeAt = -Infinity;
  return {
    async take(count) {
      const now = clock.now();
      const start = Math.max(now, freeAt);
      freeAt = start + (count / perSecond) * 1000;
      if (start > now) await clock.sleep(start - now);
    },
  };
}
