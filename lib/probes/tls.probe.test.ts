import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/domain/outcomes";
import { runProbes } from "@/lib/probes/run-probes";
import { EWS_ANSWERS, closeAll, startEwsServer, type RunningServer } from "@/lib/probes/testing/loopback-servers";
import { createTestPki, type TestCertificate, type TestPki } from "@/lib/probes/testing/test-certificates";
import { loopbackLookup } from "@/lib/probes/testing/test-lookup";
import type { ProbeOptions, ProbeStep, TargetResult } from "@/lib/probes/types";

const HOST = "exchange.test";
const servers: RunningServer[] = [];
let pki: TestPki;

/** An Exchange stand-in that answers 401 once the handshake is through. */
async function exchangeWith(certificate: TestCertificate) {
  const server = await startEwsServer(certificate, EWS_ANSWERS.authenticating);
  servers.push(server);
  return server;
}

async function probe(certificate: TestCertificate, options: Partial<ProbeOptions> = {}): Promise<TargetResult> {
  const server = await exchangeWith(certificate);
  const run = await runProbes([{ kind: "ews", host: HOST, port: server.port }], {
    policy: { acceptAllSslCertificates: false },
    caBundlePem: pki.caPem,
    lookup: loopbackLookup(HOST),
    ...options,
  });
  return run.results[0]!;
}

const tlsStep = (result: TargetResult): ProbeStep => result.steps.find((step) => step.name === "tls")!;

beforeAll(async () => {
  pki = await createTestPki(HOST);
});
afterAll(() => closeAll(servers));

describe("TLS handshake", () => {
  it("a CA-signed certificate for the host: protocol, cipher, names and days to expiry", async () => {
    const result = await probe(pki.valid);
    const step = tlsStep(result);

    expect(step.status).toBe("ok");
    expect(step.data).toMatchObject({
      protocol: "TLSv1.3",
      subject: `CN=${HOST}`,
      issuer: "CN=Rich Push Console Test CA",
      subjectAltName: `DNS:${HOST}`,
      hostnameMatches: true,
      chainError: null,
    });
    expect(step.data.cipher).toMatch(/^TLS_/);
    expect(step.data.daysToExpiry).toBeGreaterThanOrEqual(29);
    expect(step.data.daysToExpiry).toBeLessThanOrEqual(30);
    expect(result.ok).toBe(true);
  });

  it("the same certificate without the extra CA bundle: untrusted issuer", async () => {
    const result = await probe(pki.valid, { caBundlePem: null });

    expect(tlsStep(result)).toMatchObject({ status: "failed", reason: "untrusted_issuer" });
    expect(tlsStep(result).data.chainError).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(result.cause).toBe("exchange_tls_failed");
  });

  const problems = [
    ["self-signed", () => pki.selfSigned, "self_signed", /self-signed/],
    ["expired", () => pki.expired, "expired", /expired on \d{4}-\d{2}-\d{2} \(\d+ days ago\)/],
    ["not yet valid", () => pki.notYetValid, "not_yet_valid", /not valid before/],
    ["for another host", () => pki.wrongHost, "wrong_host", /does not name exchange\.test/],
  ] as const;

  it.each(problems)("a %s certificate is named as such and maps to exchange_tls_failed", async (_, certificate, reason, detail) => {
    const result = await probe(certificate());
    const step = tlsStep(result);

    expect(step).toMatchObject({ status: "failed", reason });
    expect(step.detail).toMatch(detail);
    expect(result.steps.at(-1)).toMatchObject({ name: "ews_request", status: "skipped" });
    expect(result).toMatchObject({
      ok: false,
      cause: "exchange_tls_failed",
      message: CAUSES.exchange_tls_failed.message,
      remedy: CAUSES.exchange_tls_failed.remedy,
      policyNote: "Accept all SSL certificates is off for this group: users cannot connect to Exchange until the certificate is fixed.",
    });
  });

  it("the wrong-host certificate reports the mismatch in its data", async () => {
    const step = tlsStep(await probe(pki.wrongHost));

    expect(step.data).toMatchObject({ hostnameMatches: false, chainError: null, subjectAltName: `DNS:other.${HOST}` });
  });

  it("a CA bundle that is not PEM is reported as such, not as an untrusted server", async () => {
    const result = await probe(pki.valid, { caBundlePem: "not a certificate" });

    expect(tlsStep(result)).toMatchObject({ status: "failed", reason: "ca_bundle_invalid" });
  });
});
