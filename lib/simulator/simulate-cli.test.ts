import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeIngestServer, type FakeIngestServer } from "./fake-ingest-server";

/** Runs scripts/simulate.ts as `npm run simulate` would, against a real local HTTP server. */

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

async function simulate(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/simulate.ts", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let server: FakeIngestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("npm run simulate", () => {
  it("sends a small fleet and prints the summary, with progress lines on a non-terminal stderr", async () => {
    server = await startFakeIngestServer();
    const result = await simulate(["--users", "5", "--days", "1", "--rate", "0", "--url", server.url], { INGEST_TOKEN: "env-token" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Simulation sent to ${server.url}\\n  users +5\\n  devices +\\d+\\n  events sent +\\d+`));
    expect(result.stderr).toMatch(/users +\[#{30}\] 100%/);
    expect(result.stderr).toMatch(/events +\[#+-*\] +\d+%/);
    expect(result.stderr).not.toContain("\r");
    expect(server.requests.every((request) => request.authorization === "Bearer env-token")).toBe(true);
  }, 30_000);

  it("exits 1 with a clear message when the token is rejected", async () => {
    server = await startFakeIngestServer(() => ({ status: 401, body: { error: { code: "unauthenticated", message: "Invalid token" } } }));
    const result = await simulate(["--users", "5", "--url", server.url, "--token", "wrong"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`simulate: 401 Unauthorized from ${server.url}: the ingest token was rejected`);
  }, 30_000);

  it("exits 2 with the usage when an option is wrong", async () => {
    const result = await simulate(["--users", "many", "--token", "t"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--users must be a number from 1 to 10000000, got "many"');
    expect(result.stderr).toContain("Usage: npm run simulate");
  }, 30_000);
});
