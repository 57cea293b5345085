import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { CAUSES } from "@/lib/domain/outcomes";
import { listProbeRuns } from "@/lib/probe-runs/list-probe-runs";
import { runGroupProbes } from "@/lib/probe-runs/run-group-probes";
import { createLoopbackPki, type LoopbackPki } from "@/lib/probe-runs/testing/loopback-pki";
import { startCountingTcpServer } from "@/lib/probe-runs/testing/counting-tcp-server";
import { createGroupWithoutSettings, createProbeTestGroup } from "@/lib/probe-runs/testing/probe-test-group";
import type { ProbeStreamEvent, ProbeRunView } from "@/lib/probe-runs/views";
import {
  EWS_ANSWERS,
  closeAll,
  closedPort,
  startEwsServer,
  startSilentTcpServer,
  startSocks5Server,
  type RunningServer,
} from "@/lib/probes/testing/loopback-servers";
import { createTestLookup } from "@/lib/probes/testing/test-lookup";
import type { ProbeStepName, TargetResult } from "@/lib/probes/types";
import type { UserCaller } from "@/lib/auth/caller";
import { makeCaller } from "@/test/support/factories";

// Read lazily by env() at the first run: a silent server then costs 1.5 s, not 30 s.
process.env.PROBE_BUDGET_MS = "1500";
process.env.PROBE_MAX_CONCURRENT_PER_USER = "2";

const context = { ip: "198.51.100.20", requestId: "req-probe-op" };
const servers: RunningServer[] = [];
let pki: LoopbackPki;
let admin: UserCaller;

const track = <T extends RunningServer>(server: T): T => {
  servers.push(server);
  return server;
};
const only = (run: ProbeRunView, kind = "ews"): TargetResult => run.result!.results.find((r) => r.target.kind === kind)!;
const stepOf = (result: TargetResult, name: ProbeStepName) => result.steps.find((step) => step.name === name)!;
const auditOf = (runId: string) =>
  db().auditEntry.findFirst({ where: { action: "probe.run", details: { path: ["runId"], equals: runId } } });

beforeAll(async () => {
  pki = await createLoopbackPki();
  admin = await makeCaller("admin");
});
afterAll(() => closeAll(servers));

describe("runGroupProbes: causes users would see", () => {
  it("EWS with an expired certificate: exchange_tls_failed, the policy note, stored and audited", async () => {
    const server = track(await startEwsServer(pki.expired, EWS_ANSWERS.authenticating));
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const run = await runGroupProbes(admin, group.id, { caBundlePem: pki.caPem }, context);

    const ews = only(run);
    expect(stepOf(ews, "tls")).toMatchObject({ status: "failed", reason: "expired" });
    expect(stepOf(ews, "tls").data).toMatchObject({ protocol: expect.stringMatching(/^TLS/), issuer: expect.stringContaining("Rich Push Console Test CA") });
    expect(ews).toMatchObject({ cause: "exchange_tls_failed", message: CAUSES.exchange_tls_failed.message });
    expect(ews.policyNote).toContain("Accept all SSL certificates is off for this group");
    expect(server.requests).toEqual([]); // the app stops at the certificate, and so does the test

    const row = await db().probeRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(row).toMatchObject({ groupId: group.id, actorId: admin.userId, actorEmail: admin.email });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(row.result).toEqual(run.result);
    expect(run).toMatchObject({ status: "finished", ok: false, causes: ["exchange_tls_failed"] });

    // The bundle is described, never kept.
    expect(run.result!.caBundle!.certificates).toEqual([
      expect.objectContaining({ subject: "CN=Rich Push Console Test CA", fingerprint256: expect.stringMatching(/^[0-9A-F:]+$/) }),
    ]);
    expect(JSON.stringify(row.result)).not.toContain("BEGIN CERTIFICATE");

    const audit = await auditOf(run.id);
    expect(audit).toMatchObject({ actorEmail: admin.email, targetType: "group", targetId: group.id, ip: context.ip, requestId: context.requestId });
    expect(audit!.details).toMatchObject({
      outcome: "completed",
      ok: false,
      causes: ["exchange_tls_failed"],
      targets: [{ kind: "ews", cause: "exchange_tls_failed", failedStep: { name: "tls", reason: "expired" } }],
    });
  });

  it("EWS with an expired certificate in a group with Accept all SSL certificates on: reachable past it, the certificate still to fix", async () => {
    const server = track(await startEwsServer(pki.expired, EWS_ANSWERS.authenticating));
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}`, acceptAllSslCertificates: true });

    const run = await runGroupProbes(admin, group.id, { caBundlePem: pki.caPem }, context);

    const ews = only(run);
    expect(stepOf(ews, "tls")).toMatchObject({ status: "failed", reason: "expired" });
    expect(stepOf(ews, "ews_request")).toMatchObject({ status: "ok", data: { status: 401 } });
    expect(server.requests).toHaveLength(1); // the app goes past the certificate, and so does the test
    expect(ews).toMatchObject({ ok: true, cause: null, message: null });
    expect(ews.policyNote).toBe("Accept all SSL certificates is on for this group: users will still connect, but fix the certificate.");
    expect(run.result!.policy).toEqual({ acceptAllSslCertificates: true });
    expect(run).toMatchObject({ ok: true, causes: [], summary: `The one host is reachable; certificate to fix: EWS host 127.0.0.1:${server.port}` });

    const audit = await auditOf(run.id);
    expect(audit!.details).toMatchObject({
      ok: true,
      causes: [],
      targets: [{ kind: "ews", ok: true, cause: null, failedStep: { name: "tls", reason: "expired" } }],
    });
  });

  it("EWS answering an HTML page: ews_parse_error", async () => {
    const server = track(await startEwsServer(pki.valid, EWS_ANSWERS.html));
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const run = await runGroupProbes(admin, group.id, { caBundlePem: pki.caPem }, context);

    expect(stepOf(only(run), "tls").status).toBe("ok");
    expect(stepOf(only(run), "ews_request")).toMatchObject({ status: "failed", reason: "ews_html" });
    expect(only(run)).toMatchObject({ cause: "ews_parse_error", message: CAUSES.ews_parse_error.message });
    expect(server.requests).toHaveLength(1);
  });

  it("a server that accepts TCP and never answers: ews_timeout within the configured budget", async () => {
    const server = track(await startSilentTcpServer());
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const started = Date.now();
    const run = await runGroupProbes(admin, group.id, {}, context);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run.result!.budgetMs).toBe(1500);
    expect(stepOf(only(run), "tls")).toMatchObject({ status: "failed", reason: "timeout" });
    expect(only(run)).toMatchObject({ cause: "ews_timeout", message: CAUSES.ews_timeout.message });
  });

  it("a closed port: the connection is refused (channel_failed)", async () => {
    const port = await closedPort();
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${port}` });

    const run = await runGroupProbes(admin, group.id, {}, context);

    expect(stepOf(only(run), "tcp")).toMatchObject({ status: "failed", reason: "connection_refused" });
    expect(only(run).cause).toBe("channel_failed");
  });

  it("a gateway that refuses the SOCKS5 CONNECT: gateway_socks5_failed, asked for the group's EWS host", async () => {
    const ewsServer = track(await startEwsServer(pki.valid, EWS_ANSWERS.authenticating));
    const gateway = track(await startSocks5Server("refuse_connect", pki.valid));
    const ewsHost = `127.0.0.1:${ewsServer.port}`;
    const group = await createProbeTestGroup({ ewsHost, gateway: `127.0.0.1:${gateway.port}` });

    const run = await runGroupProbes(admin, group.id, { caBundlePem: pki.caPem }, context);

    expect(gateway.destinations).toEqual([ewsHost]);
    expect(stepOf(only(run, "gateway"), "socks5")).toMatchObject({ status: "failed", reason: "socks5_connect_refused" });
    expect(only(run, "gateway")).toMatchObject({ cause: "gateway_socks5_failed", message: CAUSES.gateway_socks5_failed.message });
    expect(only(run, "ews")).toMatchObject({ ok: true, cause: null });
    expect(run.causes).toEqual(["gateway_socks5_failed"]);
  });
});

describe("runGroupProbes: safety", () => {
  it("the metadata address is refused with the reason, nothing connected, and the refusal audited", async () => {
    const group = await createProbeTestGroup({ ewsHost: "169.254.169.254" });

    const run = await runGroupProbes(admin, group.id, {}, context);

    const ews = only(run);
    expect(stepOf(ews, "dns")).toMatchObject({ status: "refused", reason: "forbidden_address" });
    expect(stepOf(ews, "dns").detail).toContain("the cloud metadata service address: refused without connecting");
    expect(ews.steps.slice(1).map((step) => step.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect(ews.summary).toContain("DNS resolution refused");
    const audit = await auditOf(run.id);
    expect(audit!.details).toMatchObject({ targets: [{ failedStep: { name: "dns", status: "refused", reason: "forbidden_address" } }] });
  });

  it("a name resolving to loopback and the metadata address is refused whole: the loopback server sees no connection", async () => {
    const server = track(await startCountingTcpServer());
    const group = await createProbeTestGroup({ ewsHost: `mail.rebind.test:${server.port}` });
    const lookup = createTestLookup({ "mail.rebind.test": ["127.0.0.1", "169.254.169.254"] });

    const run = await runGroupProbes(admin, group.id, {}, context, { lookup });

    expect(stepOf(only(run), "dns")).toMatchObject({ status: "refused", reason: "forbidden_address" });
    expect(server.connections()).toBe(0);
  });

  it("a helpdesk user may run; an auditor may not (403), and nothing is stored for them", async () => {
    const port = await closedPort();
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${port}` });
    const helpdesk = await makeCaller("helpdesk");
    const auditor = await makeCaller("auditor");

    await expect(runGroupProbes(helpdesk, group.id, {}, context)).resolves.toMatchObject({ actorEmail: helpdesk.email });
    await expect(runGroupProbes(auditor, group.id, {}, context)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().probeRun.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("the extra CA bundle is validated and named in the error; unknown options such as lookup are rejected", async () => {
    const group = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const privateKey = `${pki.caPem}\n${pki.valid.key}`;

    await expect(runGroupProbes(admin, group.id, { caBundlePem: "not a certificate" }, context)).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "caBundlePem", message: expect.stringContaining("no PEM certificate") }] },
    });
    await expect(runGroupProbes(admin, group.id, { caBundlePem: privateKey }, context)).rejects.toMatchObject({
      extra: { fields: [{ field: "caBundlePem", message: expect.stringContaining("private key") }] },
    });
    await expect(runGroupProbes(admin, group.id, { lookup: "evil" }, context)).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "(body)", message: expect.stringContaining("lookup") }] },
    });
    expect(await db().probeRun.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("an unknown group is 404; a group without settings is 409", async () => {
    await expect(runGroupProbes(admin, "00000000-0000-4000-8000-000000000000", {}, context)).rejects.toMatchObject({ code: "not_found" });
    await expect(runGroupProbes(admin, "not-a-uuid", {}, context)).rejects.toMatchObject({ code: "not_found" });
    const bare = await createGroupWithoutSettings();
    await expect(runGroupProbes(admin, bare.id, {}, context)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("runGroupProbes: events and history", () => {
  it("streams run_started, each step, each target and run_finished, in order", async () => {
    const server = track(await startEwsServer(pki.valid, EWS_ANSWERS.authenticating));
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });
    const events: ProbeStreamEvent[] = [];

    const run = await runGroupProbes(admin, group.id, { caBundlePem: pki.caPem }, context, { onEvent: (e) => events.push(e) });

    expect(events.map((e) => e.type)).toEqual([
      "run_started",
      ...Array.from({ length: 4 }, () => ["step_started", "step_finished"]).flat(),
      "target_finished",
      "run_finished",
    ]);
    expect(events[0]).toMatchObject({ type: "run_started", runId: run.id, budgetMs: 1500, targets: [{ kind: "ews", host: "127.0.0.1" }] });
    expect(events.at(-1)).toMatchObject({ type: "run_finished", runId: run.id, run: { ok: true } });
    expect(run.summary).toBe("The one host is reachable");
  });

  it("lists the group's runs newest first with actor and summary; auditors may read them", async () => {
    const port = await closedPort();
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${port}` });
    const first = await runGroupProbes(admin, group.id, {}, context);
    const second = await runGroupProbes(admin, group.id, {}, context);

    const { runs } = await listProbeRuns(await makeCaller("auditor"), group.id, { limit: "5" });

    expect(runs.map((run) => run.id)).toEqual([second.id, first.id]);
    expect(runs[0]).toMatchObject({ actorEmail: admin.email, status: "finished", causes: ["channel_failed"] });
    expect(runs[0]!.summary).toBe(`1 of 1 failed: EWS host 127.0.0.1:${port} → channel_failed`);
    await expect(listProbeRuns(admin, group.id, { limit: "0" })).rejects.toMatchObject({ extra: { fields: [{ field: "limit" }] } });
  });
});
