import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/domain/outcomes";
import { runProbes } from "@/lib/probes/run-probes";
import {
  EWS_ANSWERS,
  closeAll,
  closedPort,
  startEwsServer,
  startSilentTcpServer,
  type RunningServer,
} from "@/lib/probes/testing/loopback-servers";
import { createTestPki, type TestPki } from "@/lib/probes/testing/test-certificates";
import { loopbackLookup } from "@/lib/probes/testing/test-lookup";
import type { ProbeOptions, ProbeTarget, TargetResult } from "@/lib/probes/types";

const HOST = "exchange.test";
const servers: RunningServer[] = [];
let pki: TestPki;

const ews = (port: number): ProbeTarget => ({ kind: "ews", host: HOST, port });

async function probe(port: number, options: Partial<ProbeOptions> = {}): Promise<TargetResult> {
  const run = await runProbes([ews(port)], {
    policy: { acceptAllSslCertificates: false },
    caBundlePem: pki.caPem,
    lookup: loopbackLookup(HOST),
    ...options,
  });
  return run.results[0]!;
}

const stepOf = (result: TargetResult, name: string) => result.steps.find((step) => step.name === name)!;

beforeAll(async () => {
  pki = await createTestPki(HOST);
});
afterAll(() => closeAll(servers));

describe("EWS request classification", () => {
  it("401 with WWW-Authenticate: reachable and authenticating, no cause", async () => {
    const server = await startEwsServer(pki.valid, EWS_ANSWERS.authenticating);
    servers.push(server);

    const result = await probe(server.port);

    expect(result.ok).toBe(true);
    expect(result.cause).toBeNull();
    expect(result.steps.map((step) => [step.name, step.status])).toEqual([
      ["dns", "ok"],
      ["tcp", "ok"],
      ["tls", "ok"],
      ["ews_request", "ok"],
    ]);
    expect(stepOf(result, "ews_request").data).toMatchObject({ status: 401, authSchemes: ["Negotiate", "NTLM"] });
    expect(result.summary).toContain("asks for authentication (Negotiate, NTLM)");
    expect(server.requests).toEqual([
      expect.objectContaining({ method: "POST", path: "/EWS/Exchange.asmx", host: `${HOST}:${server.port}` }),
    ]);
    expect(server.requests[0]?.body).toContain("GetServerTimeZones");
  });

  it("200 with a SOAP envelope: reachable", async () => {
    const server = await startEwsServer(pki.valid, EWS_ANSWERS.soap);
    servers.push(server);

    const result = await probe(server.port);

    expect(result.ok).toBe(true);
    expect(result.cause).toBeNull();
    expect(stepOf(result, "ews_request")).toMatchObject({ status: "ok", data: { status: 200 } });
  });

  it("200 text/html: ews_parse_error with the catalogue's message and remedy", async () => {
    const server = await startEwsServer(pki.valid, EWS_ANSWERS.html);
    servers.push(server);

    const result = await probe(server.port);

    expect(result.ok).toBe(false);
    expect(stepOf(result, "ews_request")).toMatchObject({ status: "failed", reason: "ews_html" });
    expect(stepOf(result, "ews_request").detail).toContain('"Sign in to Corp Portal"');
    expect(result).toMatchObject({
      cause: "ews_parse_error",
      message: CAUSES.ews_parse_error.message,
      remedy: CAUSES.ews_parse_error.remedy,
      policyNote: null,
    });
  });
});

describe("EWS host unreachable", () => {
  it("a server that accepts and never answers: ews_timeout within the shortened budget", async () => {
    const server = await startSilentTcpServer();
    servers.push(server);

    const started = Date.now();
    const result = await probe(server.port, { budgetMs: 1_200 });
    const elapsed = Date.now() - started;

    expect(elapsed).toBeLessThan(3_000); // the budget, not the 10 s TLS step limit, ended it
    expect(stepOf(result, "tcp").status).toBe("ok");
    expect(stepOf(result, "tls")).toMatchObject({ status: "failed", reason: "timeout" });
    expect(stepOf(result, "tls").detail).toContain("1200 ms budget");
    expect(stepOf(result, "ews_request").status).toBe("skipped");
    expect(result).toMatchObject({ cause: "ews_timeout", message: CAUSES.ews_timeout.message });
  });

  it("a closed port: channel_failed at the TCP step", async () => {
    const port = await closedPort();

    const result = await probe(port);

    expect(stepOf(result, "tcp")).toMatchObject({ status: "failed", reason: "connection_refused" });
    expect(result.steps.slice(2).every((step) => step.status === "skipped")).toBe(true);
    expect(result).toMatchObject({ cause: "channel_failed", remedy: CAUSES.channel_failed.remedy });
  });

  it("a name that does not resolve: channel_failed at the DNS step", async () => {
    const run = await runProbes([{ kind: "activesync", host: "missing.test", port: 443 }], {
      policy: { acceptAllSslCertificates: false },
      lookup: loopbackLookup(HOST),
    });
    const result = run.results[0]!;

    expect(stepOf(result, "dns")).toMatchObject({ status: "failed", reason: "dns_not_found" });
    expect(result.cause).toBe("channel_failed");
    expect(result.summary).toContain("ActiveSync host missing.test:443");
  });
});
