import { createTestPki, type TestCertificate } from "@/lib/probes/testing/test-certificates";

export type LoopbackPki = { caPem: string; valid: TestCertificate; expired: TestCertificate };

/**
 * A test CA with a valid leaf (30 days left) and one that expired two days ago, both for IP
 * 127.0.0.1: group settings name the loopback servers by address, so no lookup is injected.
 */
export async function createLoopbackPki(): Promise<LoopbackPki> {
  const { caPem, valid, expired } = await createTestPki("127.0.0.1");
  return { caPem, valid, expired };
}
