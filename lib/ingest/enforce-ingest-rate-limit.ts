import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

const WINDOW_SECONDS = 60;

/** Counts one request against the token's per-minute budget; over it, a 429 with Retry-After. */
export async function enforceIngestRateLimit(tokenId: string): Promise<void> {
  const limit = env().INGEST_RATE_LIMIT_PER_MINUTE;
  const result = await hitRateLimit(`ingest:${tokenId}`, limit, WINDOW_SECONDS);
  if (result.allowed) return;
  throw new AppError("rate_limited", `This token may send ${limit} requests per minute; retry in ${result.retryAfterSeconds} s.`, {
    headers: { "retry-after": String(result.retryAfterSeconds) },
  });
}
