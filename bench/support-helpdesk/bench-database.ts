import pg from "pg";
import { migrateDeploy } from "@/scripts/lib/migrate";

export type BenchDatabase = { url: string; drop(): Promise<void> };

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server, migrated like production; `drop()` removes it again. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `helpdesk_bench_${process.pid}`;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDeploy(url.toString());
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
