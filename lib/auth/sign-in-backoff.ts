/**
 * How long a key must wait after its latest failed sign-in: nothing for the first `freeFailures`,
 * then 2 s, 4 s, 8 s … up to `maxSeconds`. A back-off rather than a lockout: once the wait is
 * over the next attempt is heard, so a correct password always gets in eventually, while
 * guessing slows to a crawl. Pure, so the curve is tested on its own.
 */
export function backoffSeconds(failures: number, freeFailures: number, maxSeconds: number): number {
  const over = failures - freeFailures;
  if (over <= 0) return 0;
  // 2^31 overflows nothing in float maths, but cap the exponent to keep the number readable.
  return Math.min(maxSeconds, 2 ** Math.min(over, 30));
}
