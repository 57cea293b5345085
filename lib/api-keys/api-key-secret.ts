import { randomBytes } from "node:crypto";
import { hashTokenSecret } from "@/lib/tokens/token-secret";

/**
 * API keys start with their own prefix, so neither kind of bearer secret is mistaken for the
 * other: the user API looks up `rpck_` secrets among API keys only, and an ingestion token
 * (`rpc_`) is never one. Hashed like ingestion tokens (SHA-256 suffices for 256 random bits).
 */
export const API_KEY_PREFIX = "rpck_";

export function generateApiKeySecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashApiKeySecret(secret), prefix: secret.slice(0, API_KEY_PREFIX.length + 6) };
}

export function hashApiKeySecret(secret: string): string {
  return hashTokenSecret(secret);
}

export function isApiKeySecret(secret: string): boolean {
  return secret.startsWith(API_KEY_PREFIX);
}
