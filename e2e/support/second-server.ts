import { spawn, type ChildProcess } from "node:child_process";

/**
 * Another console, started by a spec that needs settings the shared e2e server does not have
 * (scripts/e2e-server.ts with extra environment, on its own fresh database and port). The caller
 * stops it with `stop()`; the server script then ends Next.js and drops its database.
 */
export async function startSecondServer(port: number, env: Record<string, string>): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
    env: { ...process.env, ...env, E2E_PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Up when its health answers; a server that exits first fails the spec at once.
  let up = false;
  let gone = false;
  void exited.then(() => (gone = true));
  while (!up && !gone) {
    up = await fetch(`${origin}/api/health`).then((response) => response.ok, () => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!up) throw new Error(`the second e2e server on port ${port} exited before it answered`);
  return {
    origin,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
