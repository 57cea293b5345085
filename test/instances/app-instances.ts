import { spawn, type ChildProcess } from "node:child_process";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { prepareTestDatabase } from "../support/prepare-test-database";

/**
 * Real app instances for the two-instance test: `next start` processes of the production build
 * (run `next build` first) on loopback, against one fresh database on TEST_DATABASE_URL's server,
 * migrated and seeded as scripts/e2e-server.ts does. Each keeps its stdout lines (pino JSON at
 * debug), so a test can tell which instance did what.
 */

export const ADMIN = { email: "admin@instances.test", password: "instances admin password" };

export type AppInstance = { name: string; origin: string; lines: string[]; process: ChildProcess };
export type Deployment = { databaseUrl: string; instances: AppInstance[]; stop: () => Promise<void> };

export async function startDeployment(baseDatabaseUrl: string, ports: number[]): Promise<Deployment> {
  const database = await prepareTestDatabase(baseDatabaseUrl);
  const instances: AppInstance[] = [];
  const stop = async () => {
    await Promise.all(instances.map((instance) => stopProcess(instance.process)));
    await database.drop();
  };
  try {
    await migrateDeploy(database.url);
    const env = (origin: string): NodeJS.ProcessEnv => ({
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: "10",
      EMBEDDED_DATABASE: "false",
      APP_URL: origin,
      AUTH_SECRET: "instances-secret-instances-secret-instances",
      SECURE_COOKIES: "false",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SIGN_IN_MAX_ATTEMPTS: "200",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "debug",
    });
    await runToEnd(["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], env(`http://127.0.0.1:${ports[0]}`));
    for (const [index, port] of ports.entries()) {
      const origin = `http://127.0.0.1:${port}`;
      const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
        env: env(origin),
        stdio: ["ignore", "pipe", "inherit"],
      });
      const instance: AppInstance = { name: String.fromCharCode(97 + index), origin, lines: [], process: child };
      let rest = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        const text = rest + chunk.toString("utf8");
        const lines = text.split("\n");
        rest = lines.pop()!;
        instance.lines.push(...lines);
      });
      instances.push(instance);
      // Never outlives the test run, even one that is interrupted before its afterAll.
      process.once("exit", () => child.kill("SIGKILL"));
    }
    await Promise.all(instances.map((instance) => untilReady(instance)));
    return { databaseUrl: database.url, instances, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Healthy, and its job queue started (lib/boot/start-jobs.ts logs it once its workers run). */
async function untilReady(instance: AppInstance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) throw new Error(`instance ${instance.name} exited with ${instance.process.exitCode}`);
    const healthy = await fetch(`${instance.origin}/api/health`).then((response) => response.ok, () => false);
    if (healthy && instance.lines.some((line) => line.includes('"msg":"job queue started"'))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance ${instance.name} was not ready within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if it has not exited 10 s later. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

/** A signed-in admin's requests to one instance, as the console's own would be (same-origin Origin). */
export async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

export async function call<T>(origin: string, path: string, init: { method?: string; cookie?: string; bearer?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { origin, "content-type": "application/json" };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const response = await fetch(`${origin}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} on ${origin}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}
