import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";
import { e2eDatabaseName, prepareTestDatabase } from "../test/support/prepare-test-database";
import { oidcProviderEnv, startOidcProvider } from "../e2e/support/oidc-provider";

/**
 * The server Playwright tests run against: the production build on a fresh database
 * (a new database on TEST_DATABASE_URL's server, else an in-memory embedded PostgreSQL).
 */
const PORT = process.env.E2E_PORT ?? "3100";
/** The test identity provider, on a fixed loopback port beside the console's (e2e/sso.spec.ts). */
const OIDC_PORT = Number(PORT) + 1000;

async function main() {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  let poolMax = "10";
  if (process.env.TEST_DATABASE_URL) {
    const fresh = await prepareTestDatabase(process.env.TEST_DATABASE_URL, e2eDatabaseName(process.env.TEST_DATABASE_URL, PORT));
    databaseUrl = fresh.url;
    cleanup = fresh.drop;
  } else {
    const embedded = await startEmbeddedPostgres({ dataDir: null, port: 55000 + Math.floor(Math.random() * 900) });
    databaseUrl = embedded.url;
    poolMax = "1"; // one session behind every connection: never interleave statements
    cleanup = embedded.stop;
  }
  await migrateDeploy(databaseUrl);
  const appUrl = `http://127.0.0.1:${PORT}`;
  // Up before the console starts: the console reads its discovery document on first use.
  const oidc = await startOidcProvider(OIDC_PORT, `${appUrl}/sign-in/sso/e2e/callback`);

  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: poolMax,
    EMBEDDED_DATABASE: poolMax === "1" ? "true" : "false",
    APP_URL: appUrl,
    OIDC_PROVIDERS: oidcProviderEnv(`http://127.0.0.1:${OIDC_PORT}`),
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    SECURE_COOKIES: "false",
    ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? "admin@e2e.test",
    ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? "e2e admin password",
    PROBE_BUDGET_MS: "3000",
    SIGN_IN_MAX_ATTEMPTS: "200",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  // The seed reaches server-only modules: it resolves them as the server does (react-server condition).
  await runToEnd(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], env);

  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", PORT, "-H", "127.0.0.1"], { env, stdio: "inherit" });
  const stop = async () => {
    server.kill("SIGTERM");
    oidc.close();
    await cleanup().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  server.on("exit", async (code) => {
    await cleanup().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
