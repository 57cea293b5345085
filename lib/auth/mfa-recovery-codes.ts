import { createHash, randomInt } from "node:crypto";

/**
 * Recovery codes, stored hashed. better-auth's two-factor plugin keeps its backup codes as one
 * JSON list that it encrypts by default (so the server could show them again); the console
 * stores SHA-256 hashes instead, so a copy of the database gives no usable code. The plugin lets
 * us supply the "encryption": `encrypt` hashes each code it is given (and keeps codes that are
 * already hashes, because the plugin re-encodes the remaining list after a code is used), and
 * `decrypt` returns the stored list as it is. The plugin then compares the list with the code it
 * is handed, so callers hand it `recoveryCodeHash(input)`, never the input itself.
 *
 * Plain SHA-256 without a salt is enough: each code is 50 random bits, used once, and its use is
 * throttled like a sign-in; a slow password hash would add nothing but latency.
 */

const HASH_PREFIX = "sha256:";
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l: read off paper and typed back
const CODE_COUNT = 10;
const CODE_LENGTH = 10;

/** Ten fresh codes like `k7m2p-x9qrt`: lower case, so typing them back is forgiving. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: CODE_COUNT }, () => {
    const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What the user typed, as the code was printed: spaces dropped, lower case, the dash in its place. */
export function normalizeRecoveryCode(input: string): string {
  const chars = input.toLowerCase().replace(/[\s-]/g, "");
  return chars.length === CODE_LENGTH ? `${chars.slice(0, 5)}-${chars.slice(5)}` : chars;
}

export function recoveryCodeHash(input: string): string {
  const digest = createHash("sha256").update(normalizeRecoveryCode(input), "utf8").digest("base64url");
  return `${HASH_PREFIX}${digest}`;
}

function storedList(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === "string") : [];
}

/** The plugin's storeBackupCodes option: hashes in, hashes out. */
export const hashedRecoveryCodeStore = {
  async encrypt(json: string): Promise<string> {
    return JSON.stringify(storedList(json).map((code) => (code.startsWith(HASH_PREFIX) ? code : recoveryCodeHash(code))));
  },
  async decrypt(stored: string): Promise<string> {
    return stored;
  },
};

/** How many unused codes a stored list still holds. */
export function recoveryCodesLeft(stored: string): number {
  try {
    return storedList(stored).length;
  } catch {
    return 0;
  }
}
