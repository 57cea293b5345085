import "server-only";
import { sqlPool } from "@/lib/db/client";

/** Counters whose window started more than a day ago count nothing any more (the retention job calls this). */
export async function purgeRateCounters(now = new Date(), olderThanMs = 24 * 3_600_000): Promise<number> {
  const { rowCount } = await sqlPool().query(`DELETE FROM rate_counter WHERE "windowStart" < $1`, [new Date(now.getTime() - olderThanMs)]);
  return rowCount ?? 0;
}
