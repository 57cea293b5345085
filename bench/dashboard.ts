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
import { rollupSyncDelays, rollupTotals, rollupUserCounts } from "@/lib/dashboard/rollup-rows";
import { queryAffectedUsers } from "@/lib/affected-users/query-affected-users";
import { cursorAfter } from "@/lib/affected-users/list-affected-users";
import { decodeAffectedCursor } from "@/lib/affected-users/cursor";
import { AFFECTED_PAGE_SIZE } from "@/lib/affected-users/schemas";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

// `npm run bench:dashboard`: the dashboard's queries, read from the hourly rollups, beside the
// same answers computed from the raw events, and each as a ratio to an indexed exact-email lookup
// timed in the same run. Events are loaded through the rollup triggers, as ingestion stores them.
// Figures only, no thresholds: they depend on the machine.

const USAGE = `Usage: npm run bench:dashboard -- [--users N] [--events N] [--runs N] [--server URL] [--keep]
  --users    directory users to load (default 100,000)
  --events   notification events over 30 days to load (default BENCH_EVENTS, else 1,000,000)
  --runs     timed runs of each query (default 30; the raw queries run a third as often)
  --server   PostgreSQL server URL; a fresh database is created beside it and dropped after
  --keep     keep the database afterwards`;

type Options = { users: number; events: number; runs: number; serverUrl: string; keep: boolean };

/** BENCH_EVENTS sets the default, so a bigger run needs no flags: `BENCH_EVENTS=10000000 npm run bench:dashboard`. */
function defaultEvents(): number {
  const text = process.env.BENCH_EVENTS?.replace(/[_,]/g, "");
  if (!text) return 1_000_000;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`BENCH_EVENTS must be a whole number ≥ 0, got ${process.env.BENCH_EVENTS}`);
  return value;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { users: 100_000, events: defaultEvents(), runs: 30, serverUrl: "postgresql://postgres@127.0.0.1:5432/postgres", keep: false };
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
  const eventsMs = await step(`${integer(options.events)} events (+1% incident), rollups kept by the triggers`, () =>
    loadEvents(client, options.users, options.events, (done) => process.stdout.write(` ${integer(done)}`)),
  );
  console.log(`  events loaded at ${integer((options.events * 1.01) / (eventsMs / 1000))} rows/s through the triggers`);
  await step("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
  const { rows } = await client.query<{ table: string; rows: number }>(
    `SELECT relname AS table, n_live_tup::int AS rows FROM pg_stat_user_tables
     WHERE relname IN ('notification_event', 'event_hourly_rollup', 'event_user_last_seen', 'event_users_by_last_hour', 'sync_delay_hourly_rollup') ORDER BY 1`,
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

/** The affected-users list behind the busiest cause segment, as the dashboard links to it: its first page and the page after. */
const LIST_CAUSE = "ews_no_response";

/** Each query the dashboard runs, by name, for each range; timed in turns with the baseline. */
function dashboardQueries(now: Date): { label: string; run: () => Promise<unknown> }[] {
  return DASHBOARD_RANGES.flatMap((range) => {
    const window = rangeWindow(range, now);
    const listFilter = { cause: LIST_CAUSE, from: window.from, to: now };
    let secondPageCursor: ReturnType<typeof decodeAffectedCursor> | undefined;
    return [
      { label: `${range}: outcome × cause totals`, run: () => rollupTotals(window.from, window.to) },
      { label: `${range}: distinct users (outcome, cause, group)`, run: () => rollupUserCounts(window.from, window.to) },
      { label: `${range}: sync delays`, run: () => rollupSyncDelays(window.from, window.to) },
      { label: `${range}: all figures (the three above at once)`, run: () => fleetFigures(window) },
      { label: `${range}: chart bars`, run: () => fleetTrend(window) },
      {
        label: `${range}: affected users, ${LIST_CAUSE}, first page`,
        run: async () => {
          const rows = await queryAffectedUsers(listFilter, "count", undefined, AFFECTED_PAGE_SIZE + 1);
          const last = rows[AFFECTED_PAGE_SIZE - 1];
          if (last && !secondPageCursor) secondPageCursor = decodeAffectedCursor(cursorAfter(last, "count", now))!;
          return rows;
        },
      },
      { label: `${range}: affected users, ${LIST_CAUSE}, keyset page 2`, run: () => queryAffectedUsers(listFilter, "count", secondPageCursor ?? undefined, AFFECTED_PAGE_SIZE + 1) },
    ];
  });
}

async function measure(client: pg.Client, options: Options) {
  const users = await sampleUsers(client, options.users, 200);
  const baseline = new Latency();
  let next = 0;
  const exactLookup = () => baseline.time(() => db().directoryUser.findFirst({ where: { email: users[next++ % users.length]!.email }, select: { id: true } }));
  const now = new Date();
  const day = rangeWindow("24h", now);
  const month = rangeWindow("30d", now);
  const queries = dashboardQueries(now).map((query) => ({ ...query, latency: new Latency() }));
  const raw = { outcomes24h: new Latency(), trend30dHourly: new Latency() };

  // Warm the pool and the caches the way a running server would be.
  for (let index = 0; index < 10; index += 1) {
    await exactLookup();
    await fleetFigures(day);
  }
  for (const query of queries) await query.run();
  baseline.samples.length = 0;

  // Baseline and measured queries alternate, so both see the same conditions.
  for (let run = 0; run < options.runs; run += 1) {
    for (const query of queries) {
      await exactLookup();
      await query.latency.time(query.run);
    }
  }
  const rollupAnswer = await rollupOutcomeCounts(day.from, day.to);
  const rollupTrendTotal = (await fleetTrend({ from: month.from, to: month.to, bucketHours: 1 })).buckets.reduce(
    (sum, bucket) => sum + Object.values(bucket.byOutcome).reduce((a, b) => a + b, 0),
    0,
  );
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
  return { baseline, queries, raw, sameOutcomes, rollupAnswer, rawTrendTotal, rollupTrendTotal };
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
    const { baseline, raw } = result;
    const row = ({ label, latency }: Measured) => [
      label,
      integer(latency.samples.length),
      fixed(latency.percentile(50), 2),
      fixed(latency.percentile(95), 2),
      `${fixed(latency.percentile(50) / baseline.percentile(50))}×`,
      `${fixed(latency.percentile(95) / baseline.percentile(95))}×`,
    ];
    console.log(`\nLatency in ms, and as a ratio to the exact-email lookup timed in turns with it (p50 to p50, p95 to p95)`);
    console.log(
      table([
        ["", "n", "p50", "p95", "p50 ratio", "p95 ratio"],
        row({ label: "exact-email lookup (baseline)", latency: baseline }),
        ...result.queries.map(row),
        row({ label: "for comparison: 24 h outcome count from raw events", latency: raw.outcomes24h }),
        row({ label: "for comparison: 30-day hourly trend from raw events", latency: raw.trend30dHourly }),
      ]),
    );
    const slowest = (lists: boolean) =>
      fixed(Math.max(...result.queries.filter((query) => query.label.includes("affected users") === lists).map((query) => query.latency.percentile(95) / baseline.percentile(95))));
    console.log(`\nSlowest p95 as a ratio to the lookup's p95: dashboard figures and bars ${slowest(false)}×, affected-users pages ${slowest(true)}×`);
    console.log(`24 h outcomes from rollups ${JSON.stringify(result.rollupAnswer)}: ${result.sameOutcomes ? "the same as" : "DIFFERENT from"} the raw count`);
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
