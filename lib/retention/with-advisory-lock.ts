import "server-only";
import pg from "pg";
import { connectionConfig } from "@/lib/db/client";
import { env } from "@/lib/env";

export type LockedRun<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Runs `work` only if this process gets the PostgreSQL advisory lock `key`, so that one app
 * instance at a time does it. The lock belongs to a session, so it is taken on a dedicated
 * connection (not the pool) and is released when that connection closes, even after a crash.
 */
export async function withAdvisoryLock<T>(key: number, work: () => Promise<T>): Promise<LockedRun<T>> {
  // The embedded database serves this process alone over one connection; a second connection
  // would interleave its statements with the pool's, and there is no other instance to exclude.
  if (env().EMBEDDED_DATABASE) return { acquired: true, value: await work() };
  const client = new pg.Client(connectionConfig());
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [key]);
    if (!rows[0]?.locked) return { acquired: false };
    try {
      return { acquired: true, value: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
