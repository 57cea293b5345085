import { describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/http/error-response";
import { db, sqlPool } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { logger } from "@/lib/log/logger";

// A short statement timeout and one connection, like the embedded database's pool, so a long
// statement would starve everything queued behind it if nothing cut it off. Set before the
// first env() read (modules read it lazily).
const TIMEOUT_MS = 500;
process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(TIMEOUT_MS);
process.env.DATABASE_POOL_MAX = "1";

const onRealPostgres = Boolean(process.env.TEST_DATABASE_URL);
const log = logger.child({});
log.level = "silent";

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await work;
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe.runIf(onRealPostgres)("statement timeout on PostgreSQL", () => {
  it("is set on every pooled connection", async () => {
    const { rows } = await sqlPool().query<{ statement_timeout: string }>("SHOW statement_timeout");
    expect(rows[0]?.statement_timeout).toBe(`${TIMEOUT_MS}ms`);
  });

  it("cancels a statement that runs longer, and the caller gets a 503 with Retry-After", async () => {
    const sleep = await timed(sqlPool().query("SELECT pg_sleep(10)"));

    expect(sleep.error).toMatchObject({ code: "57014", message: "canceling statement due to statement timeout" });
    expect(sleep.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(sleep.ms).toBeLessThan(TIMEOUT_MS + 1_500);
    expect(isDatabaseUnavailable(sleep.error)).toBe(true);
    const response = errorResponse(sleep.error, "rid", log);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
  });

  it("through Prisma too", async () => {
    const sleep = await timed(db().$queryRaw`SELECT pg_sleep(10)`);
    expect(sleep.ms).toBeLessThan(TIMEOUT_MS + 1_500);
    expect(isDatabaseUnavailable(sleep.error)).toBe(true);
    expect(errorResponse(sleep.error, "rid", log).status).toBe(503);
  });

  it("frees the only connection: a query queued behind a long statement runs as soon as it is cancelled", async () => {
    const long = timed(sqlPool().query("SELECT pg_sleep(10)"));
    const queued = await timed(sqlPool().query<{ ok: number }>("SELECT 1 AS ok"));

    expect(queued.value?.rows).toEqual([{ ok: 1 }]);
    expect(queued.ms).toBeLessThan(TIMEOUT_MS + 1_500);
    expect((await long).error).toMatchObject({ code: "57014" });
  });
});

/**
 * PGlite (the embedded database) accepts statement_timeout but never enforces it: it ignores
 * startup parameters and runs each statement to its end. The pool's client-side query_timeout
 * (statement timeout + 2 s) still answers the waiting request with a 503; the statement goes on
 * inside PGlite and the next statement on its one session waits for it.
 */
describe.skipIf(onRealPostgres)("statement timeout on the embedded database (PGlite)", () => {
  it("is not applied: PGlite ignores it", async () => {
    const { rows } = await sqlPool().query<{ statement_timeout: string }>("SHOW statement_timeout");
    expect(rows[0]?.statement_timeout).toBe("0");
  });

  it("the client-side query timeout answers the caller; the statement itself runs to its end", async () => {
    const sleepSeconds = 4;
    const sleep = await timed(sqlPool().query(`SELECT pg_sleep(${sleepSeconds})`));
    expect(sleep.error).toMatchObject({ message: "Query read timeout" });
    expect(sleep.ms).toBeGreaterThanOrEqual(TIMEOUT_MS + 2_000 - 50);
    expect(sleep.ms).toBeLessThan(sleepSeconds * 1_000);
    expect(errorResponse(sleep.error, "rid", log).status).toBe(503);

    const next = await timed(sqlPool().query<{ ok: number }>("SELECT 1 AS ok"));
    expect(next.value?.rows).toEqual([{ ok: 1 }]);
    // It waited for the sleep to end in PGlite, well past the moment the caller was answered.
    expect(sleep.ms + next.ms).toBeGreaterThanOrEqual(sleepSeconds * 1_000 - 500);
  });
});
