import type pg from "pg";
import { PgBoss } from "pg-boss";
import { poolDatabase } from "./pool-adapter";

export type BossOptions = {
  /** The app's pool (lib/db/client.ts sqlPool()); pg-boss runs its SQL on it, see pool-adapter.ts. */
  pool: pg.Pool;
  /** How often an instance looks for a due cron occurrence (pg-boss bounds it to 1–45 s). */
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
};

/**
 * One pg-boss per process, in the `pgboss` schema of the app's database (created and migrated
 * by pg-boss itself at start, so it needs no Prisma migration). Several app instances against
 * one PostgreSQL share its tables: a cron occurrence is filed under a singleton key per slot, so
 * whichever instance's clock monitor gets there first sends it and the others' inserts are
 * dropped; each job is then fetched by one worker (SELECT … FOR UPDATE SKIP LOCKED).
 */
export function createBoss(options: BossOptions): PgBoss {
  return new PgBoss({
    db: poolDatabase(options.pool),
    schema: "pgboss",
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
    cronWorkerIntervalSeconds: options.cronWorkerIntervalSeconds ?? 5,
  });
}
