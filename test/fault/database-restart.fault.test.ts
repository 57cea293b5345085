import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "@/scripts/lib/migrate";
import { startIngestLoad, type Attempt, type Batch } from "./support/ingest-load";
import { startPostgresServer, type PostgresServer } from "./support/postgres-server";

/**
 * The database dies under ingestion load and comes back: PostgreSQL is SIGKILLed (the postmaster
 * and all its processes at once) while batches go through the real POST /api/v1/ingest/events
 * handler, stays down for a few seconds, and is started again on the same data folder. The app
 * (this process: its pool, its Prisma client) is never restarted. Bars (issue 13):
 * (a) every acknowledged event is stored, and none is counted twice;
 * (b) every request while the server is down gets 503 with Retry-After, none a 500, none hangs;
 * (c) the app answers 200 again within 10 s of the database accepting connections.
 */

const PATH = "/api/v1/ingest/events";
const WORKERS = 3;
const BATCH_SIZE = 50;
const BATCHES_BEFORE_CRASH = 30;
const BATCHES_AFTER_RECOVERY = 20;
const OUTAGE_MS = 3_000;
const RECOVERY_BAR_MS = 10_000;
/** Connect timeout (5 s) plus margin: no request may take longer, whatever the server does. */
const REQUEST_BOUND_MS = 8_000;

let server: PostgresServer | undefined;

beforeAll(async () => {
  server = await startPostgresServer();
  // Before any app module reads the environment (env() is read lazily, on first use).
  process.env.DATABASE_URL = server.url;
  await migrateDeploy(server.url);
}, 120_000);

afterAll(async () => {
  try {
    const { sqlPool } = await import("@/lib/db/client");
    await sqlPool().end();
  } finally {
    await server?.destroy();
  }
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, withinMs: number, what: string): Promise<void> {
  const deadline = performance.now() + withinMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await sleep(20);
  }
}

async function storedIds(url: string, ids: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM notification_event WHERE id = ANY($1::text[])", [ids]);
    return new Set(rows.map((row) => row.id));
  } finally {
    await client.end();
  }
}

const describeAttempt = ({ worker, status, retryAfter, startedAt, endedAt }: Attempt) => ({ worker, status, retryAfter, ms: Math.round(endedAt - startedAt) });

describe("PostgreSQL killed with SIGKILL under ingestion load, then restarted", () => {
  it("loses no acknowledged event, answers 503 with Retry-After meanwhile, and serves again within 10 s on the same pool", async () => {
    const db = server!;
    const { POST } = await import("@/app/api/v1/ingest/events/route");
    const { ingestRequest, makeDevice, makeToken, richEvent } = await import("@/lib/ingest/testing/ingest-fixtures");
    const { sqlPool } = await import("@/lib/db/client");
    const { checkHealth } = await import("@/lib/health/check-health");

    const { secret } = await makeToken();
    const devices = [await makeDevice(), await makeDevice(), await makeDevice()];
    const pool = sqlPool();
    const started = performance.now();
    const load = startIngestLoad({
      workers: WORKERS,
      batchSize: BATCH_SIZE,
      makeEvents: (count) => Array.from({ length: count }, (_, index) => richEvent(devices[index % devices.length]!.deviceId)),
      send: (events) => POST(ingestRequest("POST", PATH, { events }, { token: secret })),
      requestBoundMs: REQUEST_BOUND_MS,
      retryPauseMs: 100,
      deadline: started + 90_000,
    });
    // Prisma's path through the same pool, watched alongside (the health check is one $queryRaw).
    const health: { at: number; ok: boolean }[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const result = await checkHealth({ timeoutMs: 2_000 });
        health.push({ at: performance.now(), ok: result.status === "ok" });
        await sleep(100);
      }
    })();

    let crashedAt = 0;
    let restartedAt = 0;
    let readyAt = 0;
    let killed: number[] = [];
    try {
      await until(() => load.acknowledgedBatches() >= BATCHES_BEFORE_CRASH, 30_000, `${BATCHES_BEFORE_CRASH} batches acknowledged before the crash`);
      crashedAt = performance.now();
      killed = db.crash();
      await sleep(OUTAGE_MS);
      await db.startAgain();
      restartedAt = performance.now();
      await until(() => db.isReady(), 30_000, "the restarted server accepting connections").catch((error: Error) => {
        throw new Error(`${error.message}\n${db.logTail()}`);
      });
      readyAt = performance.now();
      const acknowledgedAtReady = load.acknowledgedBatches();
      await until(() => load.acknowledgedBatches() >= acknowledgedAtReady + BATCHES_AFTER_RECOVERY, 20_000, "batches acknowledged after the restart");
    } finally {
      await load.stop();
      watching = false;
      await watcher;
    }

    const { attempts, batches } = load;
    expect(killed.length).toBeGreaterThan(1); // the postmaster and its backends

    // (b) While the server was down (killed, not yet started again): 503 with Retry-After, every
    // one. While it starts (crash recovery) requests get 503 too, until it accepts connections.
    const duringOutage = attempts.filter((attempt) => attempt.startedAt >= crashedAt && attempt.endedAt <= restartedAt);
    expect(duringOutage.length).toBeGreaterThanOrEqual(10);
    expect(duringOutage.filter((attempt) => attempt.status !== 503 || !attempt.retryAfter).map(describeAttempt)).toEqual([]);
    // And at any time: nothing but 200 or 503 with Retry-After; no 500, nothing hung.
    expect(attempts.filter((attempt) => attempt.status !== 200 && (attempt.status !== 503 || !attempt.retryAfter)).map(describeAttempt)).toEqual([]);
    const startingUp = attempts.filter((attempt) => attempt.startedAt >= restartedAt && attempt.endedAt <= readyAt);
    const slowest = Math.max(...attempts.map((attempt) => attempt.endedAt - attempt.startedAt));
    expect(slowest).toBeLessThan(REQUEST_BOUND_MS);

    // (c) Served again soon after the database, by the same pool (nothing in the app restarted).
    const firstOkAfterCrash = Math.min(...attempts.filter((attempt) => attempt.status === 200 && attempt.startedAt > crashedAt).map((attempt) => attempt.endedAt));
    const recoveryMs = firstOkAfterCrash - readyAt;
    expect(recoveryMs).toBeLessThan(RECOVERY_BAR_MS);
    const firstHealthy = health.find((entry) => entry.at > crashedAt + OUTAGE_MS && entry.ok);
    expect(firstHealthy, "the health check (Prisma) answers again").toBeDefined();
    expect(firstHealthy!.at - readyAt).toBeLessThan(RECOVERY_BAR_MS);
    expect(health.some((entry) => entry.at > crashedAt && entry.at < restartedAt && !entry.ok)).toBe(true);
    expect(sqlPool()).toBe(pool);

    // (a) Every batch ended acknowledged, and every acknowledged event is stored.
    expect(batches.every((batch) => batch.acknowledged)).toBe(true);
    const sent = batches.flatMap((batch) => batch.ids);
    const stored = await storedIds(db.url, sent);
    expect(sent.filter((id) => !stored.has(id))).toEqual([]);
    // Nothing counted twice: the API's "accepted" adds up to what is stored, except whole batches
    // that were committed by an attempt whose answer was lost in the crash (a 503): their retry
    // reports them as duplicates, never as accepted again. One statement per batch: all or none.
    const answers = batches.map((batch) => ({ batch, final: batch.attempts.at(-1)! }));
    expect(answers.filter(({ final }) => final.rejected > 0 || final.accepted + final.duplicates !== BATCH_SIZE)).toEqual([]);
    expect(answers.filter(({ batch, final }) => final.duplicates > 0 && !wasRetried(batch))).toEqual([]);
    expect(answers.filter(({ final }) => final.duplicates !== 0 && final.duplicates !== BATCH_SIZE)).toEqual([]);
    const committedButUnanswered = answers.filter(({ final }) => final.duplicates === BATCH_SIZE).length;
    const accepted = attempts.reduce((sum, attempt) => sum + (attempt.status === 200 ? attempt.accepted : 0), 0);
    expect(accepted).toBe(stored.size - committedButUnanswered * BATCH_SIZE);

    console.info(
      `fault test: ${batches.length} batches, ${sent.length} events stored; ${attempts.length} requests, ` +
        `${duringOutage.length} while the server was down for ${Math.round(restartedAt - crashedAt)} ms (all 503 with Retry-After), ` +
        `${startingUp.length} while it started (${startingUp.filter((a) => a.status === 503).length} of them 503); ` +
        `accepting connections ${Math.round(readyAt - restartedAt)} ms after pg_ctl start; ` +
        `killed ${killed.length} server processes; first 200 ${Math.round(recoveryMs)} ms after the database accepted connections, ` +
        `health ${Math.round(firstHealthy!.at - readyAt)} ms; slowest request ${Math.round(slowest)} ms; ` +
        `${committedButUnanswered} batch(es) committed with the answer lost, reported as duplicates on retry`,
    );
  }, 180_000);
});

function wasRetried(batch: Batch): boolean {
  return batch.attempts.length > 1;
}
