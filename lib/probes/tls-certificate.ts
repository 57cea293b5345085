import { checkServerIdentity, type PeerCertificate } from "node:tls";
import type { FailureReason, StepData } from "@/lib/probes/types";

/** OpenSSL verification codes (TLSSocket.authorizationError) and what an admin should read. */
const CHAIN_REASONS: Record<string, FailureReason> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "self_signed",
  SELF_SIGNED_CERT_IN_CHAIN: "self_signed",
  CERT_HAS_EXPIRED: "expired",
  CERT_NOT_YET_VALID: "not_yet_valid",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "untrusted_issuer",
  UNABLE_TO_GET_ISSUER_CERT: "untrusted_issuer",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "untrusted_issuer",
};

const DAY_MS = 86_400_000;

/** `CN=mail.corp.example, O=Corp` from Node's parsed name object. */
export function formatDistinguishedName(name: Record<string, string | string[] | undefined> | undefined): string {
  if (!name) return "";
  return Object.entries(name)
    .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join("+") : value}`)
    .join(", ");
}

export type CertificateVerdict = { reason: FailureReason | null; detail: string; data: StepData };

export type HandshakeFacts = {
  host: string;
  protocol: string | null;
  cipher: string | null;
  /** TLSSocket.authorizationError: the chain verification code, or null when the chain is trusted. */
  chainError: string | null;
  certificate: PeerCertificate;
  now?: Date;
};

/**
 * Classifies a completed handshake: chain against the trust store, then the host name
 * (checked here with tls.checkServerIdentity, so IP-literal hosts are checked against IP SANs too).
 */
export function classifyCertificate(facts: HandshakeFacts): CertificateVerdict {
  const { host, certificate, chainError } = facts;
  const now = facts.now ?? new Date();
  const validTo = new Date(certificate.valid_to);
  const validFrom = new Date(certificate.valid_from);
  const daysToExpiry = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
  const subject = formatDistinguishedName(certificate.subject as unknown as Record<string, string>);
  const issuer = formatDistinguishedName(certificate.issuer as unknown as Record<string, string>);
  const identityError = checkServerIdentity(host, certificate);

  const data: StepData = {
    protocol: facts.protocol,
    cipher: facts.cipher,
    subject,
    issuer,
    subjectAltName: certificate.subjectaltname ?? null,
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    daysToExpiry,
    fingerprint256: certificate.fingerprint256,
    chainError,
    hostnameMatches: identityError === undefined,
  };
  const verdict = (reason: FailureReason, detail: string): CertificateVerdict => ({ reason, detail, data });

  if (chainError) {
    const reason = CHAIN_REASONS[chainError] ?? "invalid_certificate";
    switch (reason) {
      case "self_signed":
        return chainError === "DEPTH_ZERO_SELF_SIGNED_CERT"
          ? verdict(reason, `The certificate for ${subject} is self-signed`)
          : verdict(reason, `The chain ends in an untrusted self-signed certificate (issuer ${issuer})`);
      case "expired":
        return daysToExpiry < 0
          ? verdict(reason, `The certificate expired on ${validTo.toISOString().slice(0, 10)} (${-daysToExpiry} days ago)`)
          : verdict(reason, "A certificate in the chain has expired");
      case "not_yet_valid":
        return verdict(reason, `The certificate is not valid before ${validFrom.toISOString().slice(0, 10)}`);
      case "untrusted_issuer":
        return verdict(reason, `The issuer ${issuer} is not trusted: serve the full chain, or add its CA to the bundle`);
      default:
        return verdict(reason, `The certificate is not valid (${chainError})`);
    }
  }
  if (identityError) return verdict("wrong_host", `The certificate does not name ${host}: ${identityError.message}`);

  const suite = [facts.protocol, facts.cipher].filter(Boolean).join(" ");
  return { reason: null, detail: `${suite}; certificate for ${subject} from ${issuer}, ${daysToExpiry} days to expiry`, data };
}
