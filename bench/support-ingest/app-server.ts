import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

/** The console's production server (`next start` on a production build), as the bench runs it. */

export const BENCH_DIST_DIR = ".next-bench";
const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Builds into .next-bench unless a build is there already (or `rebuild`): the build is a snapshot of the tree. */
export function ensureProductionBuild(rebuild: boolean): void {
  if (!rebuild && existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) return;
  console.log(`Building the app into ${BENCH_DIST_DIR} (next build)…`);
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

export type AppServer = { url: string; pid: number; stop(): Promise<void> };

export async function startAppServer({ databaseUrl, poolMax }: { databaseUrl: string; poolMax: number }): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: String(poolMax),
      APP_URL: url,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-bench",
      // The bench measures throughput, so the per-token limit must not throttle it.
      INGEST_RATE_LIMIT_PER_MINUTE: "100000000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitUntilHealthy(url, child);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopChild(child);
  throw new Error(`the app did not answer ${url}/api/health within 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
