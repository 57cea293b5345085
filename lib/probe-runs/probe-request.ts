import "server-only";
import { X509Certificate } from "node:crypto";
import { z } from "zod";
import { CA_BUNDLE_MAX_CERTIFICATES, CA_BUNDLE_MAX_CHARS } from "./contract";
import type { CaBundleCertificate } from "./views";

/**
 * The body of POST /api/v1/groups/{id}/probes. Only the extra CA bundle is accepted: the hosts
 * come from the group's settings, the budget from the server's configuration, and name
 * resolution is never the caller's to choose (unknown keys are rejected by name).
 */

export { CA_BUNDLE_MAX_CERTIFICATES, CA_BUNDLE_MAX_CHARS };

const BEGIN_LINE = /-----BEGIN ([A-Z0-9 ]+)-----/g;
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

const oneLine = (name: string) => name.split("\n").join(", ");

function describeCertificate(certificate: X509Certificate): CaBundleCertificate {
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    validTo: new Date(certificate.validTo).toISOString(),
    fingerprint256: certificate.fingerprint256,
  };
}

/** The certificates of a PEM bundle, or why it is not one. Text between blocks (comments) is allowed. */
export function readCaBundle(pem: string): { certificates: CaBundleCertificate[] } | { error: string } {
  const labels = [...pem.matchAll(BEGIN_LINE)].map((match) => match[1] ?? "");
  const foreign = labels.find((label) => label !== "CERTIFICATE");
  if (foreign?.includes("PRIVATE KEY")) return { error: "must not contain a private key: upload CA certificates only" };
  if (foreign) return { error: `holds a "${foreign}" block; only CERTIFICATE blocks are accepted` };

  const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) return { error: "holds no PEM certificate (-----BEGIN CERTIFICATE-----)" };
  if (blocks.length !== labels.length) return { error: "has a certificate without its END CERTIFICATE line" };
  if (blocks.length > CA_BUNDLE_MAX_CERTIFICATES) {
    return { error: `holds ${blocks.length} certificates; at most ${CA_BUNDLE_MAX_CERTIFICATES} are accepted` };
  }

  const certificates: CaBundleCertificate[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      certificates.push(describeCertificate(new X509Certificate(block)));
    } catch {
      return { error: `certificate ${index + 1} is not a readable X.509 certificate` };
    }
  }
  return { certificates };
}

const caBundleSchema = z
  .string()
  .max(CA_BUNDLE_MAX_CHARS, `must be at most ${CA_BUNDLE_MAX_CHARS} characters`)
  .transform((pem, ctx) => {
    const read = readCaBundle(pem);
    if ("error" in read) {
      ctx.addIssue({ code: "custom", message: read.error });
      return z.NEVER;
    }
    return { pem, certificates: read.certificates };
  });

export const probeRequestSchema = z.strictObject({
  /** PEM certificates trusted for this run only, on top of the system roots; never stored. */
  caBundlePem: caBundleSchema.nullish(),
});
export type ProbeRequest = z.output<typeof probeRequestSchema>;
