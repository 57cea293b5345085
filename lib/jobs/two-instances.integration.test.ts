import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { onRealPostgres } from "@/lib/ingest/testing/ingest-fixtures";
import { createBoss } from "./create-boss";
import { registerJobs } from "./register-jobs";

// Two app instances against one PostgreSQL, each with its own pool and its own pg-boss, as two
// `next start` processes would have. A per-5-seconds schedule stands in for the hourly one.
// Deciding by the jobs the queue settled, not by the time between runs: a run delayed by a busy
// machine can land close to the next slot's run without either being a duplicate.
const PERIOD_MS = 5_000;
const pools: pg.Pool[] = [];
const bosses: PgBoss[] = [];
afterAll(async () => {
  await Promise.all(bosses.map((boss) => boss.stop({ graceful: false }).catch(() => undefined)));
  await Promise.all(pools.map((pool) => pool.end()));
});

async function startInstance(name: string, runs: { instance: string; at: number }[]): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  pools.push(pool);
  const boss = createBoss({ pool, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 });
  bosses.push(boss);
  await boss.start();
  await registerJobs(boss, { retentionPurge: async () => void runs.push({ instance: name, at: Date.now() }) }, { retentionPurge: "*/5 * * * * *" });
}

describe.runIf(onRealPostgres)("the job queue with two instances", () => {
  it("runs a scheduled job once per period, not once per instance", async () => {
    const runs: { instance: string; at: number }[] = [];
    const startedAt = new Date();
    await startInstance("a", runs);
    await startInstance("b", runs);
    await new Promise((resolve) => setTimeout(resolve, 6 * PERIOD_MS));
    // Graceful stops let a job that is being worked finish, so runs and settled jobs can be compared.
    await Promise.all(bosses.map((boss) => boss.stop({ graceful: true, timeout: 10_000 })));

    // pg-boss files each cron occurrence under one throttle slot: a "send-it" job per slot, unique
    // on queue, slot and schedule, which then sends the real job. So each slot is sent once whichever
    // instance's clock saw it, and every real job must have run on one instance only. (Slots are a
    // minute wide, so the 5-second schedule yields one or two runs in these 30 s.)
    const jobs = await pools[0]!.query<{ name: string; slot: string | null }>(
      `SELECT name, singleton_on::text AS slot FROM pgboss.job
        WHERE created_on >= $1 AND state = 'completed' AND (name = 'retention-purge' OR singleton_key = 'retention-purge__')`,
      [startedAt],
    );
    const sent = jobs.rows.filter((job) => job.name === "retention-purge");
    const slots = jobs.rows.filter((job) => job.name !== "retention-purge").map((job) => job.slot);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBe(sent.length);
    expect(slots).toHaveLength(sent.length);
    expect(new Set(slots).size).toBe(slots.length);
  });
});
