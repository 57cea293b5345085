import "server-only";
import { createConcurrencyLimiter, type ConcurrencyLimiter } from "@/lib/probes/concurrency-limiter";
import { env } from "@/lib/env";

let limiter: ConcurrencyLimiter | undefined;

/** The per-user cap on simultaneous connectivity tests (PROBE_MAX_CONCURRENT_PER_USER), one per process. */
export function probeRunLimiter(): ConcurrencyLimiter {
  limiter ??= createConcurrencyLimiter(env().PROBE_MAX_CONCURRENT_PER_USER);
  return limiter;
}
