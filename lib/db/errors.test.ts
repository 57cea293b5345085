import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable, isDatabaseUnavailableDigest, withDatabaseDigest } from "./errors";
import { startFakePostgres, type FakePostgres, type FakePostgresBehaviour } from "./testing/fake-postgres";

// Every error here is the one the real pg driver builds from a real socket: the fake server
// sends the bytes a PostgreSQL server sends while it is down, restarting or stuck.

const opened: FakePostgres[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((server) => server.close()));
});

async function fake(behaviour: FakePostgresBehaviour): Promise<string> {
  const server = await startFakePostgres(behaviour);
  opened.push(server);
  return server.url;
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `postgresql://postgres@127.0.0.1:${port}/none`;
}

/** What `pg` throws for one query on a fresh client against `url`. */
async function clientError(url: string, config: pg.ClientConfig = {}): Promise<unknown> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, ...config });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => undefined);
  }
  throw new Error("expected the query to fail");
}

const startupFatal = (code: string, message: string) => ({ atStartup: { code, message } });

describe("isDatabaseUnavailable, on the errors pg gives while the server is down or restarting", () => {
  it.each<[string, () => Promise<unknown>, RegExp]>([
    ["nothing listens (server down): ECONNREFUSED", async () => clientError(await closedPortUrl()), /ECONNREFUSED/],
    ["the connection is reset mid-query: ECONNRESET", async () => clientError(await fake({ onQuery: "reset" })), /ECONNRESET/],
    ["the server closes the socket: Connection terminated unexpectedly", async () => clientError(await fake({ onQuery: "close" })), /Connection terminated unexpectedly/],
    [
      "57P01 admin_shutdown (pg_ctl stop -m fast)",
      async () => clientError(await fake({ onQuery: { error: { code: "57P01", message: "terminating connection due to administrator command", fatal: true } } })),
      /administrator command/,
    ],
    [
      "57P02 crash_shutdown (another backend crashed)",
      async () => clientError(await fake({ onQuery: { error: { code: "57P02", message: "terminating connection because of crash of another server process", fatal: true } } })),
      /crash of another server process/,
    ],
    ["57P03 cannot_connect_now: starting up", async () => clientError(await fake(startupFatal("57P03", "the database system is starting up"))), /starting up/],
    [
      "57P03 cannot_connect_now: crash recovery",
      async () => clientError(await fake(startupFatal("57P03", "the database system is not yet accepting connections"))),
      /not yet accepting connections/,
    ],
    ["57P03 cannot_connect_now: shutting down", async () => clientError(await fake(startupFatal("57P03", "the database system is shutting down"))), /shutting down/],
    ["a hung server, one client: timeout expired", async () => clientError(await fake("silent"), { connectionTimeoutMillis: 200 }), /^timeout expired$/],
    [
      "57014 statement timeout",
      async () => clientError(await fake({ onQuery: { error: { code: "57014", message: "canceling statement due to statement timeout" } } })),
      /statement timeout/,
    ],
    ["no answer within query_timeout: Query read timeout", async () => clientError(await fake({ onQuery: "silent" }), { query_timeout: 200 }), /Query read timeout/],
  ])("%s", async (_, produce, text) => {
    const error = await produce();
    expect(String((error as Error).message)).toMatch(text);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a hung server, through the pool: Connection terminated due to connection timeout", async () => {
    const pool = new pg.Pool({ connectionString: await fake("silent"), connectionTimeoutMillis: 200 });
    const error = await pool.query("SELECT 1").catch((e: unknown) => e);
    await pool.end();
    expect((error as Error).message).toBe("Connection terminated due to connection timeout");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("every pooled connection busy for too long: timeout exceeded when trying to connect", async () => {
    const pool = new pg.Pool({ connectionString: await fake({ onQuery: "silent" }), max: 1, connectionTimeoutMillis: 200 });
    const busy = await pool.connect();
    const error = await pool.query("SELECT 1").catch((e: unknown) => e);
    busy.release(true);
    await pool.end();
    expect((error as Error).message).toBe("timeout exceeded when trying to connect");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each<[string, () => Promise<string>]>([
    ["nothing listens", closedPortUrl],
    ["the server is starting up", () => fake(startupFatal("57P03", "the database system is starting up"))],
    ["the connection closes mid-query", () => fake({ onQuery: "close" })],
  ])("recognises the error Prisma's pg adapter throws when %s", async (_, url) => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: await url(), connectionTimeoutMillis: 1_000 }) });
    const error = await prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    await prisma.$disconnect();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not take a bad query for an outage", async () => {
    const syntax = await clientError(await fake({ onQuery: { error: { code: "42601", message: 'syntax error at or near "SELEC"' } } }));
    const unique = await clientError(await fake({ onQuery: { error: { code: "23505", message: "duplicate key value violates unique constraint" } } }));
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("finds the cause inside wrappers and aggregate errors", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new Error("query failed", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ""))).toBe(true);
  });
});

describe("the database-unavailable digest", () => {
  it("tags outages only, so error boundaries can tell them apart in production", async () => {
    const outage = withDatabaseDigest(await clientError(await closedPortUrl()));
    expect(isDatabaseUnavailableDigest(outage)).toBe(true);
    expect((outage as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);

    const bug = withDatabaseDigest(new Error("bug"));
    expect(isDatabaseUnavailableDigest(bug)).toBe(false);
    expect(isDatabaseUnavailableDigest({ digest: "12345" })).toBe(false);
    expect(isDatabaseUnavailableDigest(undefined)).toBe(false);
  });
});
