import pg from "pg";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

export type BenchDatabase = { label: string; url: string; /** Connections the app may use (1 on the embedded server, see below). */ poolMax: number; dispose(): Promise<void> };

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database beside the one named in `baseUrl`, dropped again by dispose(). */
export async function freshPostgresDatabase(baseUrl: string): Promise<BenchDatabase> {
  const name = `bench_ingest_${process.pid}`;
  await onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(baseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    label: `PostgreSQL (${new URL(baseUrl).host}, database ${name})`,
    url: url.toString(),
    poolMax: 10,
    dispose: () => onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * The embedded PGlite, in memory. It is one session behind pglite-socket, which interleaves
 * wire-protocol messages from concurrent connections, so the app gets a single connection.
 */
export async function embeddedDatabase(): Promise<BenchDatabase> {
  const port = 56_000 + Math.floor(Math.random() * 900);
  const embedded = await startEmbeddedPostgres({ dataDir: null, port });
  return { label: `embedded PGlite (in this process, port ${port})`, url: embedded.url, poolMax: 1, dispose: () => embedded.stop() };
}
