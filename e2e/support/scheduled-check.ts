import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { e2eDatabaseUrl } from "../../test/support/prepare-test-database";

const run = promisify(execFile);

/** The e2e server's database, when it runs on TEST_DATABASE_URL's server (scripts/e2e-server.ts); null on the embedded one. */
export function e2eDatabase(): string | null {
  const base = process.env.TEST_DATABASE_URL;
  return base ? e2eDatabaseUrl(base, process.env.E2E_PORT ?? "3100") : null;
}

/**
 * Runs one group's scheduled check against the e2e server's database, as the tick does (no API
 * starts one). Asynchronous on purpose: the spec's own loopback servers must keep answering the
 * probes while it runs. Server-only modules resolve as on the server (react-server condition).
 */
export async function runScheduledCheckNow(databaseUrl: string, groupId: string): Promise<void> {
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/support/run-scheduled-check.ts", groupId], {
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl, PROBE_BUDGET_MS: "3000", LOG_LEVEL: "warn" },
    timeout: 30_000,
  });
}
