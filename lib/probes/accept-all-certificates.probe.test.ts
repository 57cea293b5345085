import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/domain/outcomes";
import { runProbes } from "@/lib/probes/run-probes";
import {
  EWS_ANSWERS,
  closeAll,
  startEwsServer,
  startTlsServer,
  type EwsAnswer,
  type RunningServer,
} from "@/lib/probes/testing/loopback-servers";
import { createTestPki, type TestCertificate, type TestPki } from "@/lib/probes/testing/test-certificates";
import { loopbackLookup } from "@/lib/probes/testing/test-lookup";
import type { ProbeStepName, TargetResult } from "@/lib/probes/types";

/**
 * With Accept all SSL certificates on, the app ignores a bad Exchange certificate and goes on to
 * EWS; the test must do the same and name what users meet after the certificate (DESIGN.md §2.3).
 * Real loopback servers: TLS with a bad certificate, then a 401, an HTML page, or silence.
 */

const HOST = "exchange.test";
const servers: RunningServer[] = [];
let pki: TestPki;

const ON_NOTE = "Accept all SSL certificates is on for this group: users will still connect, but fix the certificate.";
const OFF_NOTE = "Accept all SSL certificates is off for this group: users cannot connect to Exchange until the certificate is fixed.";

async function exchange(certificate: TestCertificate, answer: EwsAnswer) {
  const server = await startEwsServer(certificate, answer);
  servers.push(server);
  return server;
}

async function probe(port: number, acceptAllSslCertificates: boolean, budgetMs?: number): Promise<TargetResult> {
  // The test CA is trusted, so the expired leaf fails for its dates alone.
  const run = await runProbes([{ kind: "ews", host: HOST, port }], {
    policy: { acceptAllSslCertificates },
    caBundlePem: pki.caPem,
    lookup: loopbackLookup(HOST),
    budgetMs,
  });
  return run.results[0]!;
}

const statuses = (result: TargetResult) => result.steps.map((step) => [step.name, step.status]);
const stepOf = (result: TargetResult, name: ProbeStepName) => result.steps.find((step) => step.name === name)!;

const badCertificates = [
  ["expired", () => pki.expired, "expired"],
  ["self-signed", () => pki.selfSigned, "self_signed"],
] as const;

beforeAll(async () => {
  pki = await createTestPki(HOST);
});
afterAll(() => closeAll(servers));

describe("Accept all SSL certificates on: the test goes past a bad Exchange certificate", () => {
  it.each(badCertificates)("%s certificate, EWS answers 401: reachable, no cause, the certificate still reported", async (_, certificate, reason) => {
    const server = await exchange(certificate(), EWS_ANSWERS.authenticating);

    const result = await probe(server.port, true);

    expect(statuses(result)).toEqual([
      ["dns", "ok"],
      ["tcp", "ok"],
      ["tls", "failed"],
      ["ews_request", "ok"],
    ]);
    expect(stepOf(result, "tls").reason).toBe(reason);
    expect(server.requests).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, cause: null, message: null, policyNote: ON_NOTE });
    expect(result.summary).toContain(`EWS host ${HOST}:${server.port} is reachable: EWS answers and asks for authentication`);
    expect(result.summary).toContain(stepOf(result, "tls").detail);
  });

  it.each(badCertificates)("%s certificate, EWS answers an HTML page: ews_parse_error", async (_, certificate) => {
    const server = await exchange(certificate(), EWS_ANSWERS.html);

    const result = await probe(server.port, true);

    expect(stepOf(result, "ews_request")).toMatchObject({ status: "failed", reason: "ews_html" });
    expect(result).toMatchObject({
      ok: false,
      cause: "ews_parse_error",
      message: CAUSES.ews_parse_error.message,
      remedy: CAUSES.ews_parse_error.remedy,
      policyNote: ON_NOTE,
    });
    expect(result.summary).toContain("EWS request failed");
  });

  it.each(badCertificates)("%s certificate, then silence: ews_timeout within the budget", async (_, certificate) => {
    const server = await startTlsServer(certificate());
    servers.push(server);

    const result = await probe(server.port, true, 1_200);

    expect(stepOf(result, "tls").status).toBe("failed");
    expect(stepOf(result, "ews_request")).toMatchObject({ status: "failed", reason: "timeout" });
    expect(stepOf(result, "ews_request").detail).toContain("1200 ms budget");
    expect(result).toMatchObject({ ok: false, cause: "ews_timeout", message: CAUSES.ews_timeout.message, policyNote: ON_NOTE });
  });
});

describe("Accept all SSL certificates off: the certificate stops the app, and the test", () => {
  it.each(badCertificates)("%s certificate: exchange_tls_failed, EWS never asked", async (_, certificate, reason) => {
    const server = await exchange(certificate(), EWS_ANSWERS.authenticating);

    const result = await probe(server.port, false);

    expect(stepOf(result, "tls")).toMatchObject({ status: "failed", reason });
    expect(stepOf(result, "ews_request").status).toBe("skipped");
    expect(server.requests).toEqual([]);
    expect(result).toMatchObject({
      ok: false,
      cause: "exchange_tls_failed",
      message: CAUSES.exchange_tls_failed.message,
      remedy: CAUSES.exchange_tls_failed.remedy,
      policyNote: OFF_NOTE,
    });
  });
});
