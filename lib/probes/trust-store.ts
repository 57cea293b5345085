import { X509Certificate } from "node:crypto";
import { createSecureContext, rootCertificates, type SecureContext } from "node:tls";
import { ProbeStepError, errorMessage } from "@/lib/probes/probe-step-error";

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The certificates of an uploaded CA bundle. OpenSSL silently skips blocks it cannot read, so a
 * broken upload would look like an untrusted server; parse each block here to say so instead.
 */
export function parseCaBundle(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new ProbeStepError("ca_bundle_invalid", "The extra CA bundle holds no PEM certificate");
  return blocks.map((block, index) => {
    try {
      return new X509Certificate(block);
    } catch (error) {
      throw new ProbeStepError("ca_bundle_invalid", `Certificate ${index + 1} of the extra CA bundle is unreadable: ${errorMessage(error)}`);
    }
  });
}

let cached: { pem: string; context: SecureContext } | null = null;

/**
 * Node's root store (its bundled Mozilla roots) plus the admin's bundle. Building a context with
 * every root takes tens of milliseconds, so the last one is kept for the next target.
 * Without a bundle, Node's default context is used (which also honours NODE_EXTRA_CA_CERTS).
 */
export function trustStoreFor(caBundlePem: string | null | undefined): SecureContext | undefined {
  if (!caBundlePem) return undefined;
  if (cached?.pem === caBundlePem) return cached.context;
  const extra = parseCaBundle(caBundlePem).map((certificate) => certificate.toString());
  const context = createSecureContext({ ca: [...rootCertificates, ...extra] });
  cached = { pem: caBundlePem, context };
  return context;
}
