import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { evaluationInputSchema } from "@/lib/domain/settings";

// End to end: the real entry point in a child process, so exit codes and streams are the real ones.
const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const CLI = join(process.cwd(), "scripts/cli.ts");

type Run = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: process.cwd(), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

const SUPPORTED = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.corp.example:443", PUSH_REGISTRATION_HOSTS.emea],
  ewsHost: "mail.corp.example",
  activeSyncHost: "mail.corp.example",
  lockScreenNotifications: "email_sender_or_event_title",
  authentication: "client_certificate",
  intuneManaged: false,
  pushRegion: "emea",
};
const UNSUPPORTED = { ...SUPPORTED, backgroundNetworkServices: ["intranet.corp.example:443"] };

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rich-push-cli-"));
  await writeFile(file("supported.json"), JSON.stringify(SUPPORTED));
  await writeFile(file("unsupported.json"), JSON.stringify(UNSUPPORTED));
  await writeFile(file("broken.json"), '{"pushNotifications": true,');
  await writeFile(
    file("invalid.json"),
    JSON.stringify({ ...SUPPORTED, backgroundNetworkServices: ["intranet.corp.example:443", "mail.corp.example"], networkAccess: "vpn" }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent("cli check", { timeout: 30_000 }, () => {
  it("exits 0 and prints the verdict table when rich push is supported", async () => {
    const run = await cli(["check", file("supported.json")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^RULE\s+STATUS\s+CHECK$/m);
    expect(run.stdout).toContain("Verdict: rich push notifications are supported (2 to confirm per user).");
  });

  it("exits 1 and names the offending host and its remedy when not supported", async () => {
    const run = await cli(["check", file("unsupported.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^background-network-services\s+fail\s/m);
    expect(run.stdout).toContain('"mail.corp.example:443" is not in Background network services');
    expect(run.stdout).toContain('Remedy: Add "mail.corp.example:443"');
    expect(run.stdout).toContain("Verdict: rich push notifications are NOT supported");
  });

  it.each([
    ["supported.json", SUPPORTED, 0],
    ["unsupported.json", UNSUPPORTED, 1],
  ])("with --format json prints exactly the evaluation of %s", async (name, settings, exitCode) => {
    const run = await cli(["check", file(name), "--format", "json"]);
    const expected = evaluate(evaluationInputSchema.parse(settings));
    expect(run.code).toBe(exitCode);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("reads the settings from standard input for -", async () => {
    const run = await cli(["check", "-", "--format=json"], JSON.stringify({ ...SUPPORTED, mailNotificationsEnabled: false }));
    expect(run.code).toBe(1);
    const evaluation = JSON.parse(run.stdout);
    expect(evaluation.checks.find((check: { id: string }) => check.id === "mail-notifications").status).toBe("fail");
  });

  it("exits 2 naming each invalid field by path", async () => {
    const run = await cli(["check", file("invalid.json")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('backgroundNetworkServices[1]: "mail.corp.example" must be host:port');
    expect(run.stderr).toContain('networkAccess: "vpn" is not one of');
  });

  it("exits 2 on JSON that does not parse", async () => {
    const run = await cli(["check", file("broken.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not valid JSON/);
  });

  it("exits 2 on a file that cannot be read", async () => {
    const run = await cli(["check", file("missing.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no such file");
  });

  it.each([[["verify", "x.json"]], [["check", "x.json", "--verbose"]], [[]]])("exits 2 with usage on %j", async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr).toContain("Usage:");
  });

  it("prints usage for --help and exits 0", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: npm run --silent cli -- check <file|->");
  });
});
