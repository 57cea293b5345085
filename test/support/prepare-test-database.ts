import pg from "pg";

async function onServer(baseUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const baseName = (baseUrl: string) => new URL(baseUrl).pathname.slice(1) || "test";

/**
 * The e2e server's database, named after its port (e.g. `test_e2e_3100`) rather than its pid, so
 * a spec can reach it to set up what no API creates (e2e/support/e2e-database.ts).
 */
export function e2eDatabaseName(baseUrl: string, port: string | number): string {
  return `${baseName(baseUrl)}_e2e_${port}`;
}

export function e2eDatabaseUrl(baseUrl: string, port: string | number): string {
  const url = new URL(baseUrl);
  url.pathname = `/${e2eDatabaseName(baseUrl, port)}`;
  return url.toString();
}

/**
 * A fresh database per run beside the one named (e.g. `test_it_<pid>`), so runs never see each
 * other's leftovers and the named database is left as it was; dropped again by `drop()`.
 * `name` replaces the default name (the e2e server's, by port).
 */
export async function prepareTestDatabase(baseUrl: string, name = `${baseName(baseUrl)}_it_${process.pid}`): Promise<{ url: string; drop: () => Promise<void> }> {
  await onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(baseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
