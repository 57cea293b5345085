import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { openSecret, sealSecret, secretBoxKey } from "./secret-box";

const PREFIX = "whsec_";

// The same development fallback as lib/auth/auth.ts; production requires AUTH_SECRET (lib/env.ts).
function key(): Buffer {
  return secretBoxKey(env().AUTH_SECRET ?? "development-only-secret-development-only");
}

/** A new webhook signing secret (256 bits), sealed for storage; the plain one is shown once. */
export function generateChannelSecret(): { secret: string; sealed: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, sealed: sealSecret(key(), secret), prefix: secret.slice(0, PREFIX.length + 4) };
}

export function revealChannelSecret(sealed: string): string | null {
  return openSecret(key(), sealed);
}
