// @peculiar/x509 needs the Reflect metadata API loaded first.
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import * as x509 from "@peculiar/x509";
import type { TestCertificate } from "@/lib/probes/testing/test-certificates";

/**
 * Certificates for servers the API tests reach at 127.0.0.1: the group settings name the IP
 * literal (nothing to resolve), so the leaves carry an IP SAN rather than a DNS name.
 */

export type LoopbackPki = { caPem: string; valid: TestCertificate; expired: TestCertificate };

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
const DAY_MS = 86_400_000;
const LOOPBACK = "127.0.0.1";

const serial = () => `01${randomBytes(8).toString("hex")}`; // leading 01 keeps it positive
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);
const generateKeys = () => crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"]) as Promise<CryptoKeyPair>;

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.subtle.exportKey("pkcs8", key)).toString("base64");
  return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g)?.join("\n")}\n-----END PRIVATE KEY-----\n`;
}

type Authority = { certificate: x509.X509Certificate; keys: CryptoKeyPair };

async function createAuthority(): Promise<Authority> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: "CN=Rich Push Console Loopback Test CA",
    notBefore: daysFromNow(-1),
    notAfter: daysFromNow(365),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, keys };
}

async function issueLoopbackLeaf(authority: Authority, notBefore: Date, notAfter: Date): Promise<TestCertificate> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${LOOPBACK}`,
    issuer: authority.certificate.subject,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: authority.keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: "ip", value: LOOPBACK }]),
      await x509.AuthorityKeyIdentifierExtension.create(authority.keys.publicKey),
    ],
  });
  return { cert: certificate.toString("pem"), key: await privateKeyPem(keys.privateKey) };
}

/** A test CA with a valid leaf (30 days left) and one that expired two days ago, both for IP 127.0.0.1. */
export async function createLoopbackPki(): Promise<LoopbackPki> {
  const authority = await createAuthority();
  const [valid, expired] = await Promise.all([
    issueLoopbackLeaf(authority, daysFromNow(-1), daysFromNow(30)),
    issueLoopbackLeaf(authority, daysFromNow(-30), daysFromNow(-2)),
  ]);
  return { caPem: authority.certificate.toString("pem"), valid, expired };
}
