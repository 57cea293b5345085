import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/domain/outcomes";
import { systemLookup } from "@/lib/probes/dns-step";
import { runProbes } from "@/lib/probes/run-probes";
import {
  closeAll,
  closedPort,
  startSocks5Server,
  startTlsServer,
  type RunningServer,
  type Socks5Behaviour,
} from "@/lib/probes/testing/loopback-servers";
import { createTestPki, type TestPki } from "@/lib/probes/testing/test-certificates";
import { createTestLookup, loopbackLookup } from "@/lib/probes/testing/test-lookup";
import type { HostPort, LookupFn, ProbeOptions, ProbeStepName, TargetResult } from "@/lib/probes/types";

const HOST = "gateway.test";
const EWS = { host: "exchange.corp.test", port: 443 };
const servers: RunningServer[] = [];
let pki: TestPki;

async function probeGateway(port: number, options: Partial<ProbeOptions> = {}, tunnelTo: HostPort = EWS): Promise<TargetResult> {
  const run = await runProbes([{ kind: "gateway", host: HOST, port, tunnelTo }], {
    policy: { acceptAllSslCertificates: true },
    caBundlePem: pki.caPem,
    lookup: loopbackLookup(HOST),
    ...options,
  });
  return run.results[0]!;
}

async function socks5(behaviour: Socks5Behaviour, overTls: boolean) {
  const server = await startSocks5Server(behaviour, overTls ? pki.valid : undefined);
  servers.push(server);
  return server;
}

const statuses = (result: TargetResult) => result.steps.map((step) => [step.name, step.status]);
const stepOf = (result: TargetResult, name: ProbeStepName) => result.steps.find((step) => step.name === name)!;

beforeAll(async () => {
  pki = await createTestPki(HOST);
});
afterAll(() => closeAll(servers));

describe("SOCKS5 to the gateway", () => {
  it("inside TLS (the default): the gateway accepts CONNECT to the EWS host", async () => {
    const server = await socks5("accept", true);

    const result = await probeGateway(server.port);

    expect(statuses(result)).toEqual([
      ["dns", "ok"],
      ["tcp", "ok"],
      ["tls", "ok"],
      ["socks5", "ok"],
    ]);
    expect(server.destinations).toEqual(["exchange.corp.test:443"]);
    expect(stepOf(result, "socks5").data).toMatchObject({ destination: "exchange.corp.test:443", replyCode: 0, destinationAddresses: [] });
    expect(stepOf(result, "socks5").detail).toContain("does not resolve from the console, the gateway resolves it");
    expect(result).toMatchObject({ ok: true, cause: null });
  });

  it("plain (socks5OverTls off): the TLS step is skipped and SOCKS5 runs on TCP", async () => {
    const server = await socks5("accept", false);

    const result = await probeGateway(server.port, { socks5OverTls: false });

    expect(statuses(result)).toEqual([
      ["dns", "ok"],
      ["tcp", "ok"],
      ["tls", "skipped"],
      ["socks5", "ok"],
    ]);
    expect(stepOf(result, "tls").detail).toContain("socks5OverTls is off");
    expect(server.destinations).toEqual(["exchange.corp.test:443"]);
    expect(result.ok).toBe(true);
  });

  it.each([true, false])("CONNECT refused with reply 0x02 (over TLS: %s): gateway_socks5_failed", async (overTls) => {
    const server = await socks5("refuse_connect", overTls);

    const result = await probeGateway(server.port, { socks5OverTls: overTls });

    expect(stepOf(result, "socks5")).toMatchObject({
      status: "failed",
      reason: "socks5_connect_refused",
      data: { replyCode: 2, replyMeaning: "connection not allowed by ruleset" },
    });
    expect(result).toMatchObject({
      cause: "gateway_socks5_failed",
      message: CAUSES.gateway_socks5_failed.message,
      remedy: CAUSES.gateway_socks5_failed.remedy,
      policyNote: null,
    });
  });

  it("no acceptable method (0xFF): gateway_socks5_failed, method rejected", async () => {
    const server = await socks5("reject_method", true);

    const result = await probeGateway(server.port);

    expect(stepOf(result, "socks5")).toMatchObject({ status: "failed", reason: "socks5_method_rejected" });
    expect(server.destinations).toEqual([]);
    expect(result.cause).toBe("gateway_socks5_failed");
  });

  it("no SOCKS5 answer: the step times out and maps to gateway_socks5_failed", async () => {
    const server = await socks5("silent", true);

    const result = await probeGateway(server.port, { timeouts: { socks5: 300 } });

    expect(stepOf(result, "socks5")).toMatchObject({ status: "failed", reason: "timeout", detail: "No answer within 300 ms" });
    expect(result.cause).toBe("gateway_socks5_failed");
  });
});

describe("reaching the gateway", () => {
  it("an expired gateway certificate: gateway_tls_failed, and SOCKS5 is not attempted", async () => {
    const server = await startTlsServer(pki.expired);
    servers.push(server);

    const result = await probeGateway(server.port);

    expect(stepOf(result, "tls")).toMatchObject({ status: "failed", reason: "expired" });
    expect(stepOf(result, "socks5").status).toBe("skipped");
    // Accept all SSL certificates covers Exchange only: the gateway's certificate still stops the app.
    expect(result).toMatchObject({ cause: "gateway_tls_failed", message: CAUSES.gateway_tls_failed.message, policyNote: null });
  });

  it("a closed port: gateway_unreachable at the TCP step", async () => {
    const result = await probeGateway(await closedPort());

    expect(stepOf(result, "tcp")).toMatchObject({ status: "failed", reason: "connection_refused" });
    expect(result).toMatchObject({ cause: "gateway_unreachable", remedy: CAUSES.gateway_unreachable.remedy });
  });

  it("a name that does not resolve: gateway_unreachable at the DNS step", async () => {
    const result = await probeGateway(443, { lookup: loopbackLookup("something-else.test") });

    expect(stepOf(result, "dns")).toMatchObject({ status: "failed", reason: "dns_not_found" });
    expect(statuses(result).slice(1)).toEqual([
      ["tcp", "skipped"],
      ["tls", "skipped"],
      ["socks5", "skipped"],
    ]);
    expect(result.cause).toBe("gateway_unreachable");
  });
});

/** The gateway's name maps to loopback; every other name resolves through `others`. */
const gatewayAnd = (others: LookupFn): LookupFn => async (name) => (name === HOST ? [{ address: "127.0.0.1", family: 4 }] : others(name));

describe("the host the gateway is asked to CONNECT to is checked like a direct target", () => {
  it.each<[string, HostPort, LookupFn, string]>([
    ["an IPv4 literal: the metadata address", { host: "169.254.169.254", port: 80 }, loopbackLookup(HOST), "169.254.169.254 is the cloud metadata service address"],
    ["a NAT64 literal of the metadata address", { host: "64:ff9b::a9fe:a9fe", port: 80 }, loopbackLookup(HOST), "reached through NAT64 (64:ff9b::/96)"],
    [
      "a name that resolves here to the Alibaba metadata address",
      EWS,
      createTestLookup({ [HOST]: ["127.0.0.1"], [EWS.host]: ["10.0.0.5", "100.100.100.200"] }),
      "exchange.corp.test resolves to 100.100.100.200, the Alibaba Cloud metadata service address",
    ],
    [
      "a name that resolves here to the 6to4 form of the Azure platform address",
      EWS,
      createTestLookup({ [HOST]: ["127.0.0.1"], [EWS.host]: ["2002:a83f:8110::1"] }),
      "the Azure platform address (168.63.129.16: WireServer, Azure DNS and health probes), reached through 6to4",
    ],
    ["a numeric spelling of the metadata address, as the system resolver reads it", { host: "2852039166", port: 80 }, gatewayAnd(systemLookup), "resolves to 169.254.169.254"],
  ])("%s: refused, and CONNECT is never sent", async (_, tunnelTo, lookup, reason) => {
    const server = await socks5("accept", true);

    const result = await probeGateway(server.port, { lookup }, tunnelTo);

    expect(statuses(result)).toEqual([
      ["dns", "ok"],
      ["tcp", "ok"],
      ["tls", "ok"],
      ["socks5", "refused"],
    ]);
    const step = stepOf(result, "socks5");
    expect(step).toMatchObject({ reason: "forbidden_address", data: { destination: `${tunnelTo.host}:${tunnelTo.port}` } });
    expect(step.detail).toContain(reason);
    expect(step.detail).toContain("CONNECT was not sent");
    expect(server.destinations).toEqual([]);
    expect(result).toMatchObject({ ok: false, cause: "gateway_socks5_failed" });
    expect(result.summary).toContain("SOCKS5 handshake refused");
  });

  it("a name that resolves here to allowed addresses is still sent by name, for the gateway to resolve", async () => {
    const server = await socks5("accept", true);
    const lookup = createTestLookup({ [HOST]: ["127.0.0.1"], [EWS.host]: ["10.0.0.5", "64:ff9b::a00:5"] });

    const result = await probeGateway(server.port, { lookup });

    expect(stepOf(result, "socks5")).toMatchObject({ status: "ok", data: { destinationAddresses: ["10.0.0.5", "64:ff9b::a00:5"] } });
    expect(server.destinations).toEqual(["exchange.corp.test:443"]);
    expect(lookup.calls).toEqual([HOST, EWS.host]);
    expect(result.ok).toBe(true);
  });
});
