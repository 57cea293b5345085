import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { onRealPostgres } from "@/lib/ingest/testing/ingest-fixtures";
import { createBoss } from "./create-boss";
import { registerJobs } from "./register-jobs";

// Two app instances against one PostgreSQL, each with its own pool and its own pg-boss, as two
// `next start` processes would have. A per-5-seconds schedule stands in for the hourly one.
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
    await startInstance("a", runs);
    await startInstance("b", runs);
    await new Promise((resolve) => setTimeout(resolve, 6 * PERIOD_MS));

    // pg-boss's clock monitor does not fire every sub-minute slot (2 of 6 here), so the floor is one
    // run; what matters is that no slot ran on both instances.
    expect(runs.length).toBeGreaterThanOrEqual(1);
    // 30 s hold at most 7 slots of 5 s (a partial slot at each end).
    expect(runs.length).toBeLessThanOrEqual(7);
    const times = runs.map((run) => run.at).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i += 1) {
      // Two runs of one slot would be moments apart; runs of successive slots are ~5 s apart.
      expect(times[i]! - times[i - 1]!).toBeGreaterThan(PERIOD_MS / 2);
    }
  });
});
