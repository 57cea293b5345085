import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

type Holder = { prisma?: PrismaClient; pool?: pg.Pool };
// One pool and one client per process; in development hot reloads would otherwise open a pool per reload.
const holder = globalThis as unknown as Holder;

/** The client-side bound waits this much longer than the server's, so PostgreSQL's own clearer error wins. */
const QUERY_TIMEOUT_GRACE_MS = 2_000;

/**
 * Connection settings of every connection the app opens (the pool and the job lock's own one):
 * - statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS): PostgreSQL cancels a statement that runs
 *   longer (57014, a 503 to the caller), so one long import or query cannot hold a connection
 *   that sign-in needs. Known long jobs stay under it: the retention purge deletes in batches,
 *   directory syncs and event batches are at most 1,000 rows per statement.
 * - query_timeout: the same bound on the client side, for a server that stops answering
 *   altogether (network gone, host frozen), and for the embedded database: PGlite accepts
 *   `SET statement_timeout` but never cancels anything (it ignores startup parameters and has
 *   no timer interrupt), so there a long statement still runs to its end inside PGlite; the
 *   waiting request is released with a 503 and its connection is dropped, but the next
 *   statement on the one session queues behind it (lib/db/statement-timeout.integration.test.ts).
 * - connectionTimeoutMillis (DATABASE_CONNECT_TIMEOUT_MS): how long a request waits to connect,
 *   or for a free pooled connection, before it fails fast with a 503 instead of hanging.
 * - keepAlive: TCP keep-alive probes notice a peer that vanished under an idle connection.
 */
export function connectionConfig(): pg.ClientConfig {
  const { DATABASE_URL, DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_CONNECT_TIMEOUT_MS } = env();
  return {
    connectionString: DATABASE_URL,
    statement_timeout: DATABASE_STATEMENT_TIMEOUT_MS,
    query_timeout: DATABASE_STATEMENT_TIMEOUT_MS + QUERY_TIMEOUT_GRACE_MS,
    connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
    keepAlive: true,
  };
}

/**
 * The process's connection pool. Prisma runs on it, and the few hot paths that are one
 * hand-written statement (event ingestion) use it directly, without Prisma's per-query overhead.
 * It recovers from a database restart by itself: a connection that fails (in use or idle) is
 * discarded rather than returned to the pool, and new ones are opened on demand
 * (test/fault/database-restart.fault.test.ts kills and restarts a real server under load).
 */
export function sqlPool(): pg.Pool {
  if (!holder.pool) {
    holder.pool = new pg.Pool({ ...connectionConfig(), max: env().DATABASE_POOL_MAX });
    // An idle connection whose server went away emits 'error'; the pool has already dropped it.
    holder.pool.on("error", (error) => logger.warn({ err: error.message }, "database pool error"));
  }
  return holder.pool;
}

export function db(): PrismaClient {
  holder.prisma ??= new PrismaClient({ adapter: new PrismaPg(sqlPool()) });
  return holder.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
