import { createHash, randomBytes } from "node:crypto";

const PREFIX = "rpc_";

/** A new ingestion token: shown once; only its SHA-256 is stored (it has 256 bits of entropy). */
export function generateTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
