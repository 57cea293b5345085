import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/groups/[id]/probes/route";
import type { Role } from "@/lib/auth/permissions";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { createLoopbackPki, type LoopbackPki } from "@/lib/probe-runs/testing/loopback-pki";
import { createProbeTestGroup } from "@/lib/probe-runs/testing/probe-test-group";
import type { ProbeRunView, ProbeStreamEvent } from "@/lib/probe-runs/views";
import { EWS_ANSWERS, closeAll, startEwsServer, startSilentTcpServer, type RunningServer } from "@/lib/probes/testing/loopback-servers";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";

// Read lazily by env() at the first run: a silent server then costs 1.5 s, not 30 s.
process.env.PROBE_BUDGET_MS = "1500";
process.env.PROBE_MAX_CONCURRENT_PER_USER = "2";

const NDJSON = "application/x-ndjson";
const servers: RunningServer[] = [];
let pki: LoopbackPki;
let signIns = 0;

/** Signs a fresh account of `role` in and returns its cookie headers (each from its own address, so no shared rate limit). */
async function sessionOf(role: Role): Promise<Headers> {
  const user = await makeCaller(role);
  signIns += 1;
  const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip: `203.0.113.${signIns}`, requestId: null });
  return cookieHeaders(response);
}

function call(handler: typeof GET | typeof POST, groupId: string, init: { headers: Headers; accept?: string; body?: string; query?: string }) {
  const headers = new Headers(init.headers);
  headers.set("accept", init.accept ?? "application/json");
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const url = `http://localhost/api/v1/groups/${groupId}/probes${init.query ?? ""}`;
  const method = handler === GET ? "GET" : "POST";
  return handler(new Request(url, { method, headers, body: init.body }), { params: Promise.resolve({ id: groupId }) });
}

/** The stream's events one at a time, as they arrive. */
async function* events(response: Response): AsyncGenerator<ProbeStreamEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as ProbeStreamEvent;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as ProbeStreamEvent;
}

async function drain(response: Response): Promise<ProbeStreamEvent[]> {
  const all: ProbeStreamEvent[] = [];
  for await (const event of events(response)) all.push(event);
  return all;
}

beforeAll(async () => {
  pki = await createLoopbackPki();
});
afterAll(() => closeAll(servers));

describe("POST /api/v1/groups/{id}/probes", () => {
  it("without the NDJSON Accept header: waits and answers 201 with the stored run", async () => {
    const server = await startEwsServer(pki.expired, EWS_ANSWERS.authenticating);
    servers.push(server);
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const response = await call(POST, group.id, { headers: await sessionOf("helpdesk"), body: JSON.stringify({ caBundlePem: pki.caPem }) });

    expect(response.status).toBe(201);
    const run = (await response.json()) as ProbeRunView;
    expect(run).toMatchObject({ groupId: group.id, status: "finished", ok: false, causes: ["exchange_tls_failed"] });
    expect(run.result!.results[0]!.policyNote).toContain("Accept all SSL certificates is off for this group");
    const stored = await db().probeRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(stored.result).toEqual(run.result);
  });

  it("with Accept: application/x-ndjson: step events arrive while the run is still going, the stored run last", async () => {
    const server = await startSilentTcpServer();
    servers.push(server);
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const response = await call(POST, group.id, { headers: await sessionOf("admin"), accept: NDJSON });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(NDJSON);
    const stream = events(response);
    const first = (await stream.next()).value as ProbeStreamEvent;
    expect(first).toMatchObject({ type: "run_started", targets: [{ kind: "ews", port: server.port }] });
    const runId = first.type === "run_started" ? first.runId : "";
    const firstStep = (await stream.next()).value;
    const secondStep = (await stream.next()).value;
    expect([firstStep, secondStep]).toMatchObject([
      { type: "step_started", step: "dns" },
      { type: "step_finished", step: { name: "dns", status: "ok" } },
    ]);
    // The DNS step is out; the TLS step is still waiting on the silent server.
    expect((await db().probeRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toBeNull();

    const rest: ProbeStreamEvent[] = [];
    for await (const event of stream) rest.push(event);
    expect(rest.map((event) => event.type)).toEqual([
      "step_started", "step_finished", // tcp
      "step_started", "step_finished", // tls, timed out
      "step_finished", // ews_request, skipped
      "target_finished",
      "run_finished",
    ]);
    expect(rest.at(-1)).toMatchObject({ type: "run_finished", runId, run: { id: runId, causes: ["ews_timeout"] } });
    expect((await db().probeRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).not.toBeNull();
  });

  it("a third simultaneous run of one user is refused with 429 and audited; the slot frees when a run ends", async () => {
    const server = await startSilentTcpServer();
    servers.push(server);
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });
    const headers = await sessionOf("helpdesk");

    const running = [await call(POST, group.id, { headers, accept: NDJSON }), await call(POST, group.id, { headers, accept: NDJSON })];
    const refused = await call(POST, group.id, { headers, accept: NDJSON });

    expect(running.map((response) => response.status)).toEqual([200, 200]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringContaining("2 connectivity tests running") } });
    const refusal = await db().auditEntry.findFirst({ where: { action: "probe.run", targetId: group.id, details: { path: ["outcome"], equals: "refused" } } });
    expect(refusal!.details).toMatchObject({ outcome: "refused", reason: "concurrency_limit", limit: 2 });

    await Promise.all(running.map(drain));
    const again = await call(POST, group.id, { headers });
    expect(again.status).toBe(201);
    expect(await db().probeRun.count({ where: { groupId: group.id } })).toBe(3);
  });

  it("answers 403 to an auditor, 401 without a session, and names bad input", async () => {
    const group = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const admin = await sessionOf("admin");

    const forbidden = await call(POST, group.id, { headers: await sessionOf("auditor"), accept: NDJSON });
    expect(forbidden.status).toBe(403);
    expect((await call(POST, group.id, { headers: new Headers() })).status).toBe(401);

    const invalid = await call(POST, group.id, { headers: admin, body: JSON.stringify({ caBundlePem: 42 }) });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ error: { fields: [{ field: "caBundlePem" }] } });
    expect((await call(POST, group.id, { headers: admin, body: "{nope" })).status).toBe(400);
    expect((await call(POST, group.id, { headers: admin, body: JSON.stringify({ caBundlePem: "x".repeat(80_000) }) })).status).toBe(413);
    expect(await db().probeRun.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("GET /api/v1/groups/{id}/probes", () => {
  it("lists the last runs for anyone who may read policies", async () => {
    const server = await startEwsServer(pki.valid, EWS_ANSWERS.soap);
    servers.push(server);
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });
    const created = await call(POST, group.id, { headers: await sessionOf("admin"), body: JSON.stringify({ caBundlePem: pki.caPem }) });
    const run = (await created.json()) as ProbeRunView;

    const response = await call(GET, group.id, { headers: await sessionOf("auditor"), query: "?limit=5" });

    expect(response.status).toBe(200);
    const body = (await response.json()) as { runs: ProbeRunView[] };
    expect(body.runs).toEqual([expect.objectContaining({ id: run.id, ok: true, summary: "The one host is reachable", actorEmail: run.actorEmail })]);
    expect((await call(GET, "00000000-0000-4000-8000-000000000000", { headers: await sessionOf("helpdesk") })).status).toBe(404);
  });

  it("trigger=scheduled lists only scheduled runs, even when more manual runs came after them than the page holds", async () => {
    const group = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12, minutes));
    const scheduled = [];
    for (const minute of [0, 10]) {
      scheduled.push(await db().probeRun.create({ data: { groupId: group.id, trigger: "scheduled", startedAt: at(minute), finishedAt: at(minute) } }));
    }
    for (const minute of [20, 21, 22]) {
      await db().probeRun.create({ data: { groupId: group.id, trigger: "manual", actorEmail: "a@example.test", startedAt: at(minute), finishedAt: at(minute) } });
    }
    const headers = await sessionOf("auditor");

    const onlyScheduled = (await (await call(GET, group.id, { headers, query: "?limit=2&trigger=scheduled" })).json()) as { runs: ProbeRunView[] };
    const onlyManual = (await (await call(GET, group.id, { headers, query: "?trigger=manual" })).json()) as { runs: ProbeRunView[] };
    const all = (await (await call(GET, group.id, { headers, query: "?limit=2" })).json()) as { runs: ProbeRunView[] };

    expect(onlyScheduled.runs.map((run) => run.id)).toEqual([scheduled[1]!.id, scheduled[0]!.id]);
    expect(onlyScheduled.runs.every((run) => run.trigger === "scheduled")).toBe(true);
    expect(onlyManual.runs.map((run) => run.trigger)).toEqual(["manual", "manual", "manual"]);
    expect(all.runs.map((run) => run.trigger)).toEqual(["manual", "manual"]);

    const bad = await call(GET, group.id, { headers, query: "?trigger=cron" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { fields: [{ field: "trigger" }] } });
  });
});
