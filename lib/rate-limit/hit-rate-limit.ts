import "server-only";
import { sqlPool } from "@/lib/db/client";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

const HIT_SQL = `
  INSERT INTO rate_counter (key, "windowStart", count) VALUES ($1, $2, 1)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_counter."windowStart" = EXCLUDED."windowStart" THEN rate_counter.count + 1 ELSE 1 END,
    "windowStart" = EXCLUDED."windowStart"
  RETURNING count`;

/**
 * Fixed-window counter kept in PostgreSQL, so every app instance shares it. One statement both
 * counts the hit and starts a new window when the old one has passed. It runs on every ingest
 * request, so it goes straight to the pool rather than through Prisma.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const { rows } = await sqlPool().query<{ count: number }>(HIT_SQL, [key, windowStart]);
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}
