import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption of webhook signing secrets at rest (AES-256-GCM). They cannot be hashed as ingestion
 * tokens are: the server itself must compute HMACs with the secret on every delivery, so it has
 * to get the secret back. The key is derived from AUTH_SECRET with HKDF (its own `info`, so it
 * is never the key better-auth signs cookies with); a database dump alone does not reveal the
 * secrets. Changing AUTH_SECRET makes stored secrets unreadable: those channels' deliveries fail
 * saying so, and the channel has to be created again.
 */

const VERSION = "v1";

export function secretBoxKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "rich-push-console", "alert-channel-secret", 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; a fresh 96-bit IV each time. */
export function sealSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret, or null when the value was sealed with another key or altered (GCM's tag fails). */
export function openSecret(key: Buffer, sealed: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
