import { cpus } from "node:os";
import pg from "pg";
import { fixed, integer, seconds, step, table } from "@/bench/support/measure";
import { createBenchDatabase } from "@/bench/support-helpdesk/bench-database";
import { parseBenchOptions, type BenchOptions } from "@/bench/support-helpdesk/bench-options";
import { Latency } from "@/bench/support-helpdesk/latency";
import { loadDevices, loadEvents, loadGroups, loadUsers } from "@/bench/support-helpdesk/load-fleet";
import { withIndexesRebuilt } from "@/bench/support-helpdesk/rebuild-indexes";
import { sampleUsers, searchCases, type QueryKind } from "@/bench/support-helpdesk/sample-queries";
import { db } from "@/lib/db/client";
import { findUsers } from "@/lib/helpdesk/find-users";
import { loadDiagnosisData } from "@/lib/helpdesk/get-user-diagnosis";
import { loadUserProfile } from "@/lib/helpdesk/load-user-profile";
import { eventsBefore } from "@/lib/helpdesk/query-user-events";
import { searchTerms } from "@/lib/helpdesk/search-terms";
import { logger } from "@/lib/log/logger";

// `npm run bench:helpdesk`: helpdesk search and user-page queries on a directory of a million
// users and ten million events, each as a ratio to an indexed exact-email lookup timed in the
// same run. Figures only, no thresholds: they depend on the machine.

async function load(client: pg.Client, options: BenchOptions): Promise<number> {
  const start = performance.now();
  await client.query("SET maintenance_work_mem = '1GB'");
  await client.query("SET synchronous_commit = off");
  await step("groups", () => loadGroups(client));
  const { rebuildMs } = await withIndexesRebuilt(client, ["directory_user", "device", "notification_event"], async () => {
    await step(`${integer(options.users)} users`, () => loadUsers(client, options.users));
    await step("devices", () => loadDevices(client, options.users));
    await step(`${integer(options.events)} events (+1% incident)`, () =>
      loadEvents(client, options.users, options.events, (done) => process.stdout.write(` ${integer(done)}`)),
    );
  });
  console.log(`  indexes rebuilt… ${seconds(rebuildMs)}`);
  await step("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
  return performance.now() - start;
}

async function measure(client: pg.Client, options: BenchOptions) {
  const users = await sampleUsers(client, options.users, Math.max(options.queries, options.pages));
  const cases = searchCases(users, options.queries);
  const baseline = new Latency();
  const search: Record<QueryKind | "all", Latency> = { all: new Latency(), prefix: new Latency(), substring: new Latency(), typo: new Latency(), address: new Latency() };
  const page = { all: new Latency(), overview: new Latency(), events: new Latency(), diagnosis: new Latency() };
  const exactLookup = (email: string) => baseline.time(() => db().directoryUser.findFirst({ where: { email }, select: { id: true } }));

  // Warm the connection pool and the caches the way a running server would be.
  for (const user of users.slice(0, 20)) {
    await exactLookup(user.email);
    await findUsers(searchTerms(user.displayName), 0, 21);
  }
  baseline.samples.length = 0;

  // Baseline and measured queries alternate, so both see the same conditions.
  for (const [index, query] of cases.entries()) {
    await exactLookup(users[index % users.length]!.email);
    await search.all.time(() => search[query.kind].time(() => findUsers(searchTerms(query.text), 0, 21)));
  }
  const now = new Date();
  for (const user of users.slice(0, options.pages)) {
    await exactLookup(user.email);
    await page.all.time(async () => {
      await page.overview.time(() => loadUserProfile(user.id));
      await page.events.time(() => eventsBefore(user.id, {}, undefined, 51));
      await page.diagnosis.time(() => loadDiagnosisData(user.id, now));
    });
  }
  return { baseline, search, page };
}

/** The database to measure: a fresh, loaded one, or one kept by an earlier run. */
async function prepare(options: BenchOptions): Promise<{ url: string; users: number; done(): Promise<void> }> {
  if (options.database) {
    const client = new pg.Client({ connectionString: options.database });
    await client.connect();
    const { rows } = await client.query<{ users: number }>("SELECT count(*)::int AS users FROM directory_user");
    await client.end();
    console.log(`\nMeasuring the kept database ${options.database} (${integer(rows[0]!.users)} users)`);
    return { url: options.database, users: rows[0]!.users, done: async () => undefined };
  }
  const database = await createBenchDatabase(options.serverUrl);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    console.log(`\nLoading ${integer(options.users)} users and ${integer(options.events)} events into ${new URL(database.url).pathname.slice(1)}`);
    const loadMs = await load(client, options);
    const { rows } = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
    console.log(`  loaded in ${seconds(loadMs)}; database size ${rows[0]!.size}`);
  } finally {
    await client.end();
  }
  const done = options.keep ? async () => console.log(`\nKept ${database.url}`) : database.drop;
  return { url: database.url, users: options.users, done };
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  console.log(`Helpdesk benchmark (Node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"})`);
  const database = await prepare(options);
  process.env.DATABASE_URL = database.url;
  // Dropping the database ends the pool's idle connections; that is expected here, not news.
  logger.level = "silent";
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { baseline, search, page } = await measure(client, { ...options, users: database.users });
    const row = (label: string, latency: Latency) => [
      label,
      integer(latency.samples.length),
      fixed(latency.percentile(50), 2),
      fixed(latency.percentile(95), 2),
      `${fixed(latency.percentile(50) / baseline.percentile(50))}×`,
      `${fixed(latency.percentile(95) / baseline.percentile(95))}×`,
    ];
    console.log(`\nLatency in ms, and as a ratio to the exact-email lookup (p50 to p50, p95 to p95)`);
    console.log(
      table([
        ["", "n", "p50", "p95", "p50 ratio", "p95 ratio"],
        row("exact-email lookup (baseline)", baseline),
        row("search, all queries", search.all),
        row("  prefix (2–5 letters)", search.prefix),
        row("  substring of the address", search.substring),
        row("  name with a typo", search.typo),
        row("  whole address", search.address),
        row("user page data, all", page.all),
        row("  overview (user, group, devices)", page.overview),
        row("  first events page", page.events),
        row("  diagnosis data (week + group day)", page.diagnosis),
      ]),
    );
  } finally {
    await client.end();
    await db().$disconnect();
    await database.done();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
