import { cpus } from "node:os";
import pg from "pg";
import { fixed, integer, seconds, step, table } from "@/bench/support/measure";
import { rawHourlyTrend, rawOutcomeCounts } from "@/bench/support-dashboard/raw-queries";
import { createBenchDatabase } from "@/bench/support-helpdesk/bench-database";
import { Latency } from "@/bench/support-helpdesk/latency";
import { loadDevices, loadEvents, loadGroups, loadUsers } from "@/bench/support-helpdesk/load-fleet";
import { withIndexesRebuilt } from "@/bench/support-helpdesk/rebuild-indexes";
import { sampleUsers } from "@/bench/support-helpdesk/sample-queries";
import { fleetFigures } from "@/lib/dashboard/get-fleet-summary";
import { fleetTrend } from "@/lib/dashboard/get-fleet-trend";
import { rangeWindow, DASHBOARD_RANGES } from "@/lib/dashboard/range";
import { rollupTotals } from "@/lib/dashboard/rollup-rows";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

// `npm run bench:dashboard`: the dashboard's queries, read from the hourly rollups, beside the
// same answers computed from the raw events, and each as a ratio to an indexed exact-email lookup
// timed in the same run. Events are loaded through the rollup triggers, as ingestion stores them.
// Figures only, no thresholds: they depend on the machine.

const USAGE = `Usage: npm run bench:dashboard -- [--users N] [--events N] [--runs N] [--server URL] [--keep]
  --users    directory users to load (default 100,000)
  --events   notification events over 30 days to load (default 1,000,000)
  --runs     timed runs of each query (default 30; the raw queries run a third as often)
  --server   PostgreSQL server URL; a fresh database is created beside it and dropped after
  --keep     keep the database afterwards`;

type Options = { users: number; events: number; runs: number; serverUrl: string; keep: boolean };

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { users: 100_000, events: 1_000_000, runs: 30, serverUrl: "postgresql://postgres@127.0.0.1:5432/postgres", keep: false };
  const count = (flag: string, text: string | undefined, min: number) => {
    const value = Number(text?.replace(/[_,]/g, ""));
    if (!Number.isInteger(value) || value < min) throw new Error(`${flag} must be a whole number ≥ ${min}, got ${text ?? "nothing"}\n${USAGE}`);
    return value;
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    if (flag === "--users") options.users = count(flag, argv[++index], 100);
    else if (flag === "--events") options.events = count(flag, argv[++index], 0);
    else if (flag === "--runs") options.runs = count(flag, argv[++index], 3);
    else if (flag === "--server") options.serverUrl = argv[++index] ?? "";
    else if (flag === "--keep") options.keep = true;
    else throw new Error(`Unknown flag ${flag}\n${USAGE}`);
  }
  if (!/^postgres(ql)?:\/\//.test(options.serverUrl)) throw new Error(`--server must be a postgresql:// URL\n${USAGE}`);
  return options;
}

async function load(client: pg.Client, options: Options): Promise<void> {
  await client.query("SET maintenance_work_mem = '1GB'");
  await step("groups", () => loadGroups(client));
  // The event table keeps its indexes: the rollup triggers' purge path needs them, and ingestion has them too.
  const { rebuildMs } = await withIndexesRebuilt(client, ["directory_user", "device"], async () => {
    await step(`${integer(options.users)} users`, () => loadUsers(client, options.users));
    await step("devices", () => loadDevices(client, options.users));
  });
  console.log(`  user and device indexes rebuilt… ${seconds(rebuildMs)}`);
  await step(`${integer(options.events)} events (+1% incident), rollups kept by the triggers`, () =>
    loadEvents(client, options.users, options.events, (done) => process.stdout.write(` ${integer(done)}`)),
  );
  await step("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
  const { rows } = await client.query<{ table: string; rows: number }>(
    `SELECT relname AS table, n_live_tup::int AS rows FROM pg_stat_user_tables
     WHERE relname IN ('notification_event', 'event_hourly_rollup', 'event_user_last_hour', 'sync_delay_hourly_rollup') ORDER BY 1`,
  );
  console.log(`  rows: ${rows.map((row) => `${row.table} ${integer(row.rows)}`).join(", ")}`);
}

type Measured = { label: string; latency: Latency };

/** The 24 h outcome count as the summary derives it from the rollups, alone (the raw count's counterpart). */
async function rollupOutcomeCounts(from: Date, to: Date): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const row of await rollupTotals(from, to)) counts[row.outcome] = (counts[row.outcome] ?? 0) + row.count;
  return counts;
}

async function measure(client: pg.Client, options: Options) {
  const users = await sampleUsers(client, options.users, 200);
  const baseline = new Latency();
  let next = 0;
  const exactLookup = () => baseline.time(() => db().directoryUser.findFirst({ where: { email: users[next++ % users.length]!.email }, select: { id: true } }));
  const now = new Date();
  const day = rangeWindow("24h", now);
  const month = rangeWindow("30d", now);
  const hourlyMonth = { from: month.from, to: month.to, bucketHours: 1 };

  const rollup = {
    outcomes24h: new Latency(),
    trend30dHourly: new Latency(),
    ...Object.fromEntries(DASHBOARD_RANGES.flatMap((range) => [[`figures${range}`, new Latency()], [`trend${range}`, new Latency()]])),
  } as Record<string, Latency>;
  const raw = { outcomes24h: new Latency(), trend30dHourly: new Latency() };

  // Warm the pool and the caches the way a running server would be.
  for (let index = 0; index < 10; index += 1) {
    await exactLookup();
    await fleetFigures(day);
  }
  baseline.samples.length = 0;

  // Baseline and measured queries alternate, so both see the same conditions.
  let rollupAnswer: Record<string, number> = {};
  let rollupTrendTotal = 0;
  for (let run = 0; run < options.runs; run += 1) {
    await exactLookup();
    rollupAnswer = await rollup.outcomes24h!.time(() => rollupOutcomeCounts(day.from, day.to));
    await exactLookup();
    const trend = await rollup.trend30dHourly!.time(() => fleetTrend(hourlyMonth));
    rollupTrendTotal = trend.buckets.reduce((sum, bucket) => sum + Object.values(bucket.byOutcome).reduce((a, b) => a + b, 0), 0);
    for (const range of DASHBOARD_RANGES) {
      const window = rangeWindow(range, now);
      await exactLookup();
      await rollup[`figures${range}`]!.time(() => fleetFigures(window));
      await exactLookup();
      await rollup[`trend${range}`]!.time(() => fleetTrend(window));
    }
  }
  let rawAnswer: Record<string, number> = {};
  let rawTrendTotal = 0;
  for (let run = 0; run < Math.max(3, Math.ceil(options.runs / 3)); run += 1) {
    await exactLookup();
    rawAnswer = await raw.outcomes24h.time(() => rawOutcomeCounts(client, day.from, day.to));
    await exactLookup();
    rawTrendTotal = await raw.trend30dHourly.time(() => rawHourlyTrend(client, month.from, month.to));
  }
  const sameOutcomes = Object.entries(rawAnswer).every(([outcome, count]) => rollupAnswer[outcome] === count) &&
    Object.entries(rollupAnswer).every(([outcome, count]) => count === (rawAnswer[outcome] ?? 0));
  return { baseline, rollup, raw, sameOutcomes, rollupAnswer, rawTrendTotal, rollupTrendTotal };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  console.log(`Dashboard benchmark (Node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"})`);
  const database = await createBenchDatabase(options.serverUrl);
  process.env.DATABASE_URL = database.url;
  // Dropping the database ends the pool's idle connections; that is expected here, not news.
  logger.level = "silent";
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    console.log(`\nLoading ${integer(options.users)} users and ${integer(options.events)} events into ${new URL(database.url).pathname.slice(1)}`);
    const loadStart = performance.now();
    await load(client, options);
    console.log(`  loaded in ${seconds(performance.now() - loadStart)}`);

    const result = await measure(client, options);
    const { baseline } = result;
    const row = ({ label, latency }: Measured, versus?: Latency) => [
      label,
      integer(latency.samples.length),
      fixed(latency.percentile(50), 2),
      fixed(latency.percentile(95), 2),
      `${fixed(latency.percentile(50) / baseline.percentile(50))}×`,
      `${fixed(latency.percentile(95) / baseline.percentile(95))}×`,
      versus ? `${fixed(latency.percentile(50) / versus.percentile(50))}×` : "",
    ];
    const { rollup, raw } = result;
    console.log(`\nLatency in ms, as a ratio to the exact-email lookup (p50 to p50, p95 to p95), and raw events vs rollups (p50)`);
    console.log(
      table([
        ["", "n", "p50", "p95", "p50 ratio", "p95 ratio", "raw / rollup"],
        row({ label: "exact-email lookup (baseline)", latency: baseline }),
        row({ label: "24 h outcome count, rollups", latency: rollup.outcomes24h! }),
        row({ label: "24 h outcome count, raw events", latency: raw.outcomes24h }, rollup.outcomes24h),
        row({ label: "30-day hourly trend, rollups", latency: rollup.trend30dHourly! }),
        row({ label: "30-day hourly trend, raw events", latency: raw.trend30dHourly }, rollup.trend30dHourly),
        ...DASHBOARD_RANGES.flatMap((range) => [
          row({ label: `dashboard ${range}: all figures (with distinct users)`, latency: rollup[`figures${range}`]! }),
          row({ label: `dashboard ${range}: chart bars`, latency: rollup[`trend${range}`]! }),
        ]),
      ]),
    );
    console.log(`\n24 h outcomes from rollups ${JSON.stringify(result.rollupAnswer)}: ${result.sameOutcomes ? "the same as" : "DIFFERENT from"} the raw count`);
    console.log(`30-day hourly trend total: rollups ${integer(result.rollupTrendTotal)}, raw events ${integer(result.rawTrendTotal)}`);
  } finally {
    await client.end();
    await db().$disconnect();
    if (options.keep) console.log(`\nKept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
