import { beforeAll, describe, expect, it } from "vitest";
import { CA_BUNDLE_MAX_CERTIFICATES, probeRequestSchema, readCaBundle } from "@/lib/probe-runs/probe-request";
import { createLoopbackPki, type LoopbackPki } from "@/lib/probe-runs/testing/loopback-pki";

let pki: LoopbackPki;

beforeAll(async () => {
  pki = await createLoopbackPki();
});

describe("readCaBundle", () => {
  it("describes each certificate and allows comments between blocks", () => {
    const read = readCaBundle(`# Internal CA\n${pki.caPem}\n# leaf, pinned\n${pki.valid.cert}`);

    expect(read).toEqual({
      certificates: [
        expect.objectContaining({ subject: "CN=Rich Push Console Test CA", issuer: "CN=Rich Push Console Test CA" }),
        expect.objectContaining({ subject: "CN=127.0.0.1", validTo: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }),
      ],
    });
  });

  it("refuses what is not a certificate, naming the problem", () => {
    expect(readCaBundle("hello")).toEqual({ error: expect.stringContaining("no PEM certificate") });
    expect(readCaBundle(`${pki.caPem}${pki.valid.key}`)).toEqual({ error: expect.stringContaining("private key") });
    expect(readCaBundle("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")).toEqual({
      error: expect.stringContaining('"PUBLIC KEY" block'),
    });
    expect(readCaBundle(`${pki.caPem}-----BEGIN CERTIFICATE-----\nAAAA`)).toEqual({ error: expect.stringContaining("without its END") });
    expect(readCaBundle("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----")).toEqual({
      error: "certificate 1 is not a readable X.509 certificate",
    });
    expect(readCaBundle(pki.caPem.repeat(CA_BUNDLE_MAX_CERTIFICATES + 1))).toEqual({ error: expect.stringContaining("at most") });
  });
});

describe("probeRequestSchema", () => {
  it("accepts no options, null, or a bundle it describes", () => {
    expect(probeRequestSchema.parse({})).toEqual({});
    expect(probeRequestSchema.parse({ caBundlePem: null })).toEqual({ caBundlePem: null });
    expect(probeRequestSchema.parse({ caBundlePem: pki.caPem }).caBundlePem?.certificates).toHaveLength(1);
  });

  it("rejects options the API does not offer, such as name resolution or the budget", () => {
    const result = probeRequestSchema.safeParse({ lookup: "x", budgetMs: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/lookup.*budgetMs/);
  });
});
