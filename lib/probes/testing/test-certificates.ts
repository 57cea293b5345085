// @peculiar/x509 needs the Reflect metadata API loaded first.
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import * as x509 from "@peculiar/x509";

/** Certificates generated at test time: a test CA and one leaf per certificate problem the probes name. */

export type TestCertificate = { cert: string; key: string };

export type TestPki = {
  /** The test CA, to pass as the admin's extra CA bundle. */
  caPem: string;
  /** CA-signed, SAN = the test host, valid now. */
  valid: TestCertificate;
  expired: TestCertificate;
  notYetValid: TestCertificate;
  selfSigned: TestCertificate;
  /** CA-signed and valid, but for another name. */
  wrongHost: TestCertificate;
};

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
const DAY_MS = 86_400_000;

const serial = () => `01${randomBytes(8).toString("hex")}`; // leading 01 keeps it positive
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

async function generateKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"]);
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.subtle.exportKey("pkcs8", key)).toString("base64");
  return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g)?.join("\n")}\n-----END PRIVATE KEY-----\n`;
}

/** An IP literal goes into the SAN as an IP address (what TLS checks for it), a name as a DNS name. */
function subjectAltName(host: string) {
  return isIP(host) ? { type: "ip" as const, value: host } : { type: "dns" as const, value: host };
}

function serverExtensions(dnsName: string): x509.Extension[] {
  return [
    new x509.BasicConstraintsExtension(false),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension([subjectAltName(dnsName)]),
  ];
}

type Authority = { certificate: x509.X509Certificate; keys: CryptoKeyPair };

async function createAuthority(): Promise<Authority> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: "CN=Rich Push Console Test CA",
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

async function issueLeaf(authority: Authority, dnsName: string, notBefore: Date, notAfter: Date): Promise<TestCertificate> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${dnsName}`,
    issuer: authority.certificate.subject,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: authority.keys.privateKey,
    extensions: [
      ...serverExtensions(dnsName),
      await x509.AuthorityKeyIdentifierExtension.create(authority.keys.publicKey),
    ],
  });
  return { cert: certificate.toString("pem"), key: await privateKeyPem(keys.privateKey) };
}

async function selfSignedLeaf(dnsName: string): Promise<TestCertificate> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${dnsName}`,
    notBefore: daysFromNow(-1),
    notAfter: daysFromNow(30),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: serverExtensions(dnsName),
  });
  return { cert: certificate.toString("pem"), key: await privateKeyPem(keys.privateKey) };
}

/** A CA and leaves for `host` (a name or an IP literal); the valid leaf expires in 30 days so daysToExpiry is predictable. */
export async function createTestPki(host: string): Promise<TestPki> {
  const authority = await createAuthority();
  const [valid, expired, notYetValid, selfSigned, wrongHost] = await Promise.all([
    issueLeaf(authority, host, daysFromNow(-1), daysFromNow(30)),
    issueLeaf(authority, host, daysFromNow(-30), daysFromNow(-2)),
    issueLeaf(authority, host, daysFromNow(2), daysFromNow(30)),
    selfSignedLeaf(host),
    issueLeaf(authority, isIP(host) ? "wrong-host.test" : `other.${host}`, daysFromNow(-1), daysFromNow(30)),
  ]);
  return { caPem: authority.certificate.toString("pem"), valid, expired, notYetValid, selfSigned, wrongHost };
}

/** A CA-signed leaf for `host` that expires `days` from now (e.g. 5, to be inside an alert's window). */
export async function createLeafExpiringIn(host: string, days: number): Promise<TestCertificate> {
  return issueLeaf(await createAuthority(), host, daysFromNow(-1), daysFromNow(days));
}
