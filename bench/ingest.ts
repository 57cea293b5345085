import { cpus } from "node:os";
import pg from "pg";
import { fixed, integer, table } from "@/bench/support/measure";
import { ensureProductionBuild, startAppServer } from "@/bench/support-ingest/app-server";
import { embeddedDatabase, freshPostgresDatabase, type BenchDatabase } from "@/bench/support-ingest/databases";
import { combine, percentile, rowsPerSecond, runLoad, type LoadResult } from "@/bench/support-ingest/load";
import { createTwinTable, insertPlain, plainBatch } from "@/bench/support-ingest/plain-insert";
import { peakRssMb } from "@/bench/support-ingest/process-memory";
import { benchEvents, benchFleet, chunk, deviceOwners, provision, registerFleet } from "@/bench/support-ingest/workload";
import { migrateDeploy } from "@/scripts/lib/migrate";
import type { IngestEventsResponse } from "@/lib/telemetry/responses";

// `npm run bench:ingest [-- --only postgres|embedded] [--rebuild]`: sustained ingestion through the
// HTTP API of the production server (`next start`), against PostgreSQL and the embedded database,
// compared with plain multi-row INSERTs of the same rows, and with the same API while the rollup
// triggers on notification_event are disabled (what the dashboard's rollups cost ingestion; the
// bench database is scratch, so its rollups may drift). Figures only: they depend on the machine.

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const CLIENTS = 4;
const USERS = 300;
const WARM_UP_REQUESTS = 20;
const ROUNDS = 6;
const FLOOR_REQUESTS = 300;
type Phase = { batch: number; requests: number };
const PLANS: Record<"postgres" | "embedded", Phase[]> = {
  postgres: [{ batch: 100, requests: 600 }, { batch: 1000, requests: 120 }],
  embedded: [{ batch: 100, requests: 150 }, { batch: 1000, requests: 20 }],
};

type PhaseReport = Phase & { api: LoadResult; apiNoRollups: LoadResult; plain: LoadResult; peakRssMb: number | null };

/** The rollup triggers' insert path on or off (migrations event_rollups and user_count_rollup). */
async function setRollupTrigger(pool: pg.Pool, enabled: boolean): Promise<void> {
  await pool.query(`ALTER TABLE notification_event ${enabled ? "ENABLE" : "DISABLE"} TRIGGER notification_event_rollup_insert`);
}
type TargetReport = { phases: PhaseReport[]; startRssMb: number | null; floor: LoadResult };

async function benchTarget(database: BenchDatabase, plan: Phase[]): Promise<TargetReport> {
  await migrateDeploy(database.url);
  const { secret } = await provision(database.url, "Bench");
  const server = await startAppServer({ databaseUrl: database.url, poolMax: database.poolMax });
  const pool = new pg.Pool({ connectionString: database.url, max: Math.min(CLIENTS, database.poolMax) });
  try {
    const fleet = benchFleet(USERS, "Bench");
    await registerFleet(server.url, secret, fleet, Math.min(CLIENTS, database.poolMax));
    const startRssMb = peakRssMb(server.pid)?.processMb ?? null;
    // Each phase sends its events twice over: with the rollup triggers and without.
    const events = benchEvents(fleet, 2 * (WARM_UP_REQUESTS * 100 + plan.reduce((sum, phase) => sum + phase.batch * phase.requests, 0)));
    const owners = await deviceOwners(database.url);
    await createTwinTable(pool);

    let offset = 0;
    const take = (count: number) => events.slice(offset, (offset += count));
    const sendBody = (body: string) => postEvents(server.url, secret, body);
    // API, API without rollups and plain INSERT take turns in rounds, so all see the same conditions on a busy machine.
    const measure = async ({ batch, requests }: Phase) => {
      const rounds = chunk(chunk(take(batch * requests), batch), Math.ceil(requests / ROUNDS));
      const offRounds = chunk(chunk(take(batch * requests), batch), Math.ceil(requests / ROUNDS));
      const api: LoadResult[] = [];
      const apiNoRollups: LoadResult[] = [];
      const plain: LoadResult[] = [];
      for (const [index, round] of rounds.entries()) {
        const bodies = round.map((events) => JSON.stringify({ events }));
        const offBodies = offRounds[index]!.map((events) => JSON.stringify({ events }));
        const inserts = round.map((events) => plainBatch(events, owners));
        api.push(await runLoad(bodies, CLIENTS, sendBody));
        await setRollupTrigger(pool, false);
        try {
          apiNoRollups.push(await runLoad(offBodies, CLIENTS, sendBody));
        } finally {
          await setRollupTrigger(pool, true);
        }
        plain.push(await runLoad(inserts, CLIENTS, (insert) => insertPlain(pool, insert)));
      }
      return { api: combine(api), apiNoRollups: combine(apiNoRollups), plain: combine(plain) };
    };

    // Warm-up (not reported): route modules load, JIT settles, connections open; both tables get the same rows.
    await measure({ batch: 100, requests: WARM_UP_REQUESTS });
    // What the framework alone costs: an ingest request refused (401) before any database work.
    const floor = await runLoad(Array.from({ length: FLOOR_REQUESTS }), CLIENTS, () => refusedRequest(server.url));
    const phases: PhaseReport[] = [];
    for (const phase of plan) {
      const { api, apiNoRollups, plain } = await measure(phase);
      for (const result of [api, apiNoRollups]) {
        if (result.rows !== phase.batch * phase.requests) throw new Error(`the API accepted ${result.rows} of ${phase.batch * phase.requests} events`);
      }
      phases.push({ ...phase, api, apiNoRollups, plain, peakRssMb: peakRssMb(server.pid)?.processMb ?? null });
    }
    return { phases, startRssMb, floor };
  } finally {
    await pool.end();
    await server.stop();
  }
}

/** Sends one prepared body; resolves with the events accepted, and fails on anything but a clean 200. */
async function postEvents(baseUrl: string, secret: string, body: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/ingest/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body,
  });
  if (!response.ok) throw new Error(`POST /api/v1/ingest/events answered ${response.status}: ${await response.text()}`);
  const result = (await response.json()) as IngestEventsResponse;
  if (result.rejected.length > 0) throw new Error(`events rejected: ${result.rejected[0]!.reason}`);
  return result.accepted;
}

async function refusedRequest(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/ingest/events`, { method: "POST", body: "{}" });
  await response.arrayBuffer();
  if (response.status !== 401) throw new Error(`expected 401 without a token, got ${response.status}`);
  return 1;
}

function report(label: string, { phases, startRssMb, floor }: TargetReport): void {
  const ms = (value: number) => `${fixed(value)} ms`;
  const mb = (value: number | null) => (value === null ? "n/a" : `${fixed(value, 0)} MB`);
  console.log(`\n${label}`);
  console.log(
    table([
      ["batch", "requests", "API events/s", "without rollups", "with / without", "plain INSERT rows/s", "API / plain", "API p50", "API p99", "INSERT p50", "INSERT p99", "server peak RSS"],
      ...phases.map((phase) => [
        String(phase.batch),
        String(phase.requests),
        integer(rowsPerSecond(phase.api)),
        integer(rowsPerSecond(phase.apiNoRollups)),
        `${fixed((rowsPerSecond(phase.api) / rowsPerSecond(phase.apiNoRollups)) * 100, 0)}%`,
        integer(rowsPerSecond(phase.plain)),
        `${fixed((rowsPerSecond(phase.api) / rowsPerSecond(phase.plain)) * 100, 0)}%`,
        ms(percentile(phase.api.latenciesMs, 50)),
        ms(percentile(phase.api.latenciesMs, 99)),
        ms(percentile(phase.plain.latenciesMs, 50)),
        ms(percentile(phase.plain.latenciesMs, 99)),
        mb(phase.peakRssMb),
      ]),
    ]),
  );
  console.log(`  server peak RSS after start-up and registering ${USERS} users: ${mb(startRssMb)}`);
  console.log(
    `  HTTP floor (ingest request refused with 401 before any database work): ${integer(rowsPerSecond(floor))} requests/s, p50 ${ms(percentile(floor.latenciesMs, 50))}`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  if (only && only !== "postgres" && only !== "embedded") throw new Error(`--only takes postgres or embedded, got ${only}`);
  ensureProductionBuild(args.includes("--rebuild"));
  console.log(`Ingestion benchmark (Node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"})`);
  console.log(`Server: next start on the production build in .next-bench; ${CLIENTS} concurrent HTTP clients in this process.`);
  console.log(`Events: the simulator's mix (outcomes, causes, step timings) for ${USERS} users; after ${WARM_UP_REQUESTS} warm-up requests.`);

  const targets: [string, () => Promise<BenchDatabase>, Phase[]][] = [];
  if (only !== "embedded") targets.push(["(a)", () => freshPostgresDatabase(POSTGRES_URL), PLANS.postgres]);
  if (only !== "postgres") targets.push(["(b)", embeddedDatabase, PLANS.embedded]);
  for (const [tag, open, plan] of targets) {
    const database = await open();
    try {
      report(`${tag} ${database.label}, app pool ${database.poolMax} connection(s)`, await benchTarget(database, plan));
    } finally {
      await database.dispose();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
