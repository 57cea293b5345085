import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";
import { planProbeTargets } from "@/lib/probes/plan-probe-targets";
import { runProbes } from "@/lib/probes/run-probes";
import {
  EWS_ANSWERS,
  closeAll,
  startEwsServer,
  startSilentTcpServer,
  startSocks5Server,
  type RunningServer,
} from "@/lib/probes/testing/loopback-servers";
import { createTestPki, type TestPki } from "@/lib/probes/testing/test-certificates";
import { createTestLookup, loopbackLookup } from "@/lib/probes/testing/test-lookup";
import type { ProbeEvent, ProbeTarget } from "@/lib/probes/types";

const servers: RunningServer[] = [];
let pki: TestPki;
let exchange: RunningServer & { requests: unknown[] };

const policy = { acceptAllSslCertificates: false };

beforeAll(async () => {
  pki = await createTestPki("exchange.test");
  exchange = await startEwsServer(pki.valid, EWS_ANSWERS.authenticating);
  servers.push(exchange);
});
afterAll(() => closeAll(servers));

describe("streaming", () => {
  it("reports each step's start and end in order, before the run resolves", async () => {
    const events: Array<{ event: ProbeEvent; runSettled: boolean }> = [];
    let runSettled = false;
    const target: ProbeTarget = { kind: "ews", host: "exchange.test", port: exchange.port };

    const running = runProbes([target], { policy, caBundlePem: pki.caPem, lookup: loopbackLookup("exchange.test") }, (event) =>
      events.push({ event, runSettled }),
    );
    const run = await running.finally(() => (runSettled = true));

    expect(events.every((entry) => !entry.runSettled)).toBe(true);
    const trace = events.map(({ event }) =>
      event.type === "step_started"
        ? `start ${event.step}`
        : event.type === "step_finished"
          ? `${event.step.status} ${event.step.name}`
          : "target done",
    );
    expect(trace).toEqual([
      "start dns", "ok dns",
      "start tcp", "ok tcp",
      "start tls", "ok tls",
      "start ews_request", "ok ews_request",
      "target done",
    ]);
    const finished = events.flatMap(({ event }) => (event.type === "step_finished" ? [event.step] : []));
    expect(finished).toEqual(run.results[0]?.steps);
  });

  it("a listener that throws is dropped and the run still completes", async () => {
    const target: ProbeTarget = { kind: "ews", host: "exchange.test", port: exchange.port };
    let calls = 0;

    const run = await runProbes([target], { policy, caBundlePem: pki.caPem, lookup: loopbackLookup("exchange.test") }, () => {
      calls += 1;
      throw new Error("stream closed");
    });

    expect(calls).toBe(1);
    expect(run.ok).toBe(true);
  });
});

describe("forbidden addresses", () => {
  it("a name resolving to the metadata address is refused without connecting", async () => {
    const lookup = createTestLookup({ "exchange.test": ["169.254.169.254"] });

    const run = await runProbes([{ kind: "ews", host: "exchange.test", port: 80 }], { policy, lookup });
    const result = run.results[0]!;

    expect(result.steps[0]).toMatchObject({ name: "dns", status: "refused", reason: "forbidden_address" });
    expect(result.steps[0]?.detail).toContain("169.254.169.254, the cloud metadata service address");
    expect(result.steps.slice(1).map((step) => step.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect(result.cause).toBe("channel_failed");
  });

  it("one forbidden address among several refuses the name (round robin would reach it)", async () => {
    const lookup = createTestLookup({ "gateway.test": ["127.0.0.1", "fd00:ec2::254"] });

    const run = await runProbes([{ kind: "gateway", host: "gateway.test", port: exchange.port }], { policy, lookup });

    expect(run.results[0]?.steps[0]).toMatchObject({ status: "refused", data: { addresses: ["127.0.0.1", "fd00:ec2::254"] } });
    expect(run.results[0]?.cause).toBe("gateway_unreachable");
  });

  it("an IP-literal host is checked too, without any lookup", async () => {
    const lookup = createTestLookup({});

    const run = await runProbes([{ kind: "push_registration", host: "169.254.10.1", port: 443 }], { policy, lookup });

    expect(lookup.calls).toEqual([]);
    expect(run.results[0]?.steps[0]).toMatchObject({ status: "refused", reason: "forbidden_address" });
    expect(run.results[0]?.cause).toBeNull();
  });

  it("resolves once and connects to the address it checked (no rebinding between check and connect)", async () => {
    let answers = 0;
    const rebinding = async () => [{ address: answers++ === 0 ? "127.0.0.1" : "169.254.169.254", family: 4 }];

    const run = await runProbes([{ kind: "ews", host: "exchange.test", port: exchange.port }], {
      policy,
      caBundlePem: pki.caPem,
      lookup: rebinding,
    });

    expect(answers).toBe(1);
    expect(run.results[0]?.steps[1]).toMatchObject({ name: "tcp", status: "ok", data: { address: "127.0.0.1" } });
    expect(run.ok).toBe(true);
  });
});

describe("a whole group", () => {
  it("probes every host the settings name, at once, and returns plain JSON", async () => {
    const gateway = await startSocks5Server("accept", pki.valid);
    const silent = await startSilentTcpServer();
    servers.push(gateway, silent);
    const settings: GroupSettings = {
      ...DEFAULT_GROUP_SETTINGS,
      gateway: `exchange.test:${gateway.port}`,
      ewsHost: `Exchange.test.:${exchange.port}`,
      activeSyncHost: `exchange.test:${silent.port}`,
    };

    const targets = planProbeTargets(settings);
    const started = Date.now();
    const run = await runProbes(targets, {
      policy: settings,
      budgetMs: 1_000,
      caBundlePem: pki.caPem,
      lookup: loopbackLookup("exchange.test"),
    });

    expect(Date.now() - started).toBeLessThan(2_500); // targets run side by side, not one budget after another
    expect(run.results.map((result) => [result.target.kind, result.cause])).toEqual([
      ["gateway", null],
      ["ews", null],
      ["activesync", "ews_timeout"],
    ]);
    expect(run.ok).toBe(false);
    expect(run.budgetMs).toBe(1_000);
    expect(JSON.parse(JSON.stringify(run))).toEqual(run);
  });

  it("a cancelled run stops at once and names no cause", async () => {
    const silent = await startSilentTcpServer();
    servers.push(silent);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);

    const run = await runProbes([{ kind: "ews", host: "exchange.test", port: silent.port }], {
      policy,
      lookup: loopbackLookup("exchange.test"),
      signal: controller.signal,
    });

    expect(run.durationMs).toBeLessThan(2_000); // the 30 s default budget was far from spent
    expect(run.results[0]?.steps[2]).toMatchObject({ name: "tls", status: "failed", reason: "aborted" });
    expect(run.results[0]?.cause).toBeNull();
  });

  it("rejects a budget that is not a positive number", async () => {
    await expect(runProbes([], { policy, budgetMs: 0 })).rejects.toThrow(RangeError);
  });
});
