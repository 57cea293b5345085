import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";

/**
 * `npm run dev`: the console on the embedded PostgreSQL (or DATABASE_URL when set), with
 * migrations applied and demo data seeded once, then `next dev`.
 */
const DATA_DIR = process.env.EMBEDDED_DB_DIR ?? ".data";
const DB_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

function devAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = `${DATA_DIR}/auth-secret`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => child.kill(signal));
  });
}

async function main() {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${DATA_DIR}/pglite, port ${DB_PORT})…`);
    embedded = await startEmbeddedPostgres({ dataDir: `${DATA_DIR}/pglite`, port: DB_PORT });
    databaseUrl = embedded.url;
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // The embedded server runs one session for all its connections, so statements from two
    // connections must never interleave: one connection at a time.
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (embedded ? "1" : "10"),
    AUTH_SECRET: devAuthSecret(),
    EMBEDDED_DATABASE: embedded ? "true" : "false",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };

  console.log("Applying migrations…");
  await migrateDeploy(databaseUrl);
  // The seed reaches server-only modules: it resolves them as the server does (react-server condition).
  const seeded = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], env);
  if (seeded !== 0) throw new Error("seeding failed");

  const nextArgs = process.argv.slice(2);
  const code = await run(process.execPath, ["node_modules/next/dist/bin/next", "dev", ...nextArgs], env);
  await embedded?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
