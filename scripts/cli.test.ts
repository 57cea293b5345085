import { HEALTHY_DEVICE_FACTS } from "@/lib/domain/testing/device-facts";
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnoseUser } from "@/lib/domain/diagnosis";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { evaluationInputSchema, type GroupSettingsInput } from "@/lib/domain/settings";
import { parseDiagnoseInput, type DiagnoseCliInput } from "@/scripts/cli/diagnose-input";

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
} satisfies GroupSettingsInput;
const UNSUPPORTED = { ...SUPPORTED, backgroundNetworkServices: ["intranet.corp.example:443"] };

const NOW = "2025-06-03T12:00:00.000Z";
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();
const DEVICE = {
  id: "dev-1",
  ...HEALTHY_DEVICE_FACTS,
  lowPowerMode: true,
  lastSeenAt: ago(5),
};
const tlsFailure = (minutes: number) =>
  ({ id: `tls-${minutes}`, deviceId: "dev-1", occurredAt: ago(minutes), outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect" }) as const;
/** Modern authentication: rich push ruled out; the day's notifications came after a sync. */
const WITHOUT_RICH_PUSH: DiagnoseCliInput = {
  now: NOW,
  user: { displayName: "Ana Lopez", groupName: "Executives" },
  settings: { ...SUPPORTED, authentication: "modern_auth_o365" },
  devices: [DEVICE],
  events: [10, 70, 130].map((minutes) => ({ id: `sync-${minutes}`, deviceId: "dev-1", occurredAt: ago(minutes), outcome: "sync", cause: null, failedStep: null, delayMs: 840_000 })),
};
/** A burst of Exchange certificate failures across Sales, which hit Ana too. */
const BURST: DiagnoseCliInput = {
  now: NOW,
  user: { displayName: "Ana Lopez", groupName: "Sales" },
  settings: SUPPORTED,
  devices: [DEVICE],
  events: [tlsFailure(5), tlsFailure(25), { id: "rich-1", deviceId: "dev-1", occurredAt: ago(600), outcome: "rich", cause: null, failedStep: null, badgeCount: 3 }],
  group: { totalEvents: 150, causes: [{ cause: "exchange_tls_failed", count: 120, affectedUsers: 38, firstSeen: ago(170), lastSeen: ago(2) }] },
};

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rich-push-cli-"));
  await writeFile(file("supported.json"), JSON.stringify(SUPPORTED));
  await writeFile(file("unsupported.json"), JSON.stringify(UNSUPPORTED));
  await writeFile(file("broken.json"), '{"pushNotifications": true,');
  await writeFile(file("without-rich-push.json"), JSON.stringify(WITHOUT_RICH_PUSH));
  await writeFile(file("burst.json"), JSON.stringify(BURST));
  await writeFile(
    file("bad-diagnose.json"),
    JSON.stringify({ ...BURST, events: [BURST.events[0], { ...BURST.events[1], outcome: "maybe" }], devices: [{ ...DEVICE, lowPowerMode: "yes" }], extra: 1 }),
  );
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
    expect(run.stdout).toContain("npm run --silent cli -- diagnose <file|-> [--format table|json]");
  });
});

describe.concurrent("cli diagnose", { timeout: 30_000 }, () => {
  it("exits 0 and prints { findings } with the exact ids, the lead rule first, equal to the pure diagnosis", async () => {
    const run = await cli(["diagnose", file("without-rich-push.json"), "--format", "json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { findings } = JSON.parse(run.stdout) as { findings: { id: string; explanation: string; reference: string }[] };
    expect(findings.map((finding) => finding.id)).toEqual(["rule:authentication", "device:low_power_mode"]);
    expect(findings[0]!.explanation).toMatch(/3 notifications arrived after a background sync, typically 14 min after the mail arrived/);
    for (const key of ["id", "family", "severity", "headline", "explanation", "remedy", "reference", "evidence"]) expect(findings[0]).toHaveProperty(key);
    const parsed = parseDiagnoseInput(JSON.stringify(WITHOUT_RICH_PUSH));
    expect(parsed.ok && JSON.parse(JSON.stringify(diagnoseUser(parsed.input)))).toEqual(findings);
  });

  it("reads standard input and leads with the group burst that hit the user", async () => {
    const run = await cli(["diagnose", "-", "--format=json"], JSON.stringify(BURST));
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: { id: string }[] };
    expect(findings[0]!.id).toBe("group-burst:exchange_tls_failed");
    expect(findings.some((finding) => finding.id.startsWith("events:"))).toBe(false);
  });

  it("prints a ranked table by default: rank, severity, id, headline and remedy under it", async () => {
    const run = await cli(["diagnose", file("without-rich-push.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\.\s+critical\s+rule:authentication\n {4}Rich push is unsupported: the group uses Modern authentication with Office 365\n {4}Remedy: /);
    expect(run.stdout).toMatch(/^2\.\s+warning\s+device:low_power_mode$/m);
    expect(run.stdout).toContain("Field guidance (beyond the reference): Low Power Mode is switched in iOS Settings > Battery.");
  });

  it("exits 2 naming each bad field by its path", async () => {
    const run = await cli(["diagnose", file("bad-diagnose.json")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("error: extra: unknown field");
    expect(run.stderr).toContain('error: devices[0].lowPowerMode: expected boolean, got "yes"');
    expect(run.stderr).toContain('error: events[1].outcome: "maybe" is not one of "rich", "sync", "generic", "failure"');
  });
});
