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

/**
 * A fresh database per run beside the one named (e.g. `test_it_<pid>`), so runs never see each
 * other's leftovers and the named database is left as it was; dropped again by `drop()`.
 */
export async function prepareTestDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${new URL(baseUrl).pathname.slice(1) || "test"}_it_${process.pid}`;
  await onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(baseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
