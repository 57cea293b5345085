import { createHash } from "node:crypto";

/**
 * A job id that is the same for the same piece of work, so a second send of it is dropped.
 * pg-boss inserts jobs with ON CONFLICT DO NOTHING on the id; a singletonKey alone dedupes only on
 * singleton, stately or short queues (or with singletonSeconds), never on a standard queue with
 * retries like the alert ones. A name-based UUID (the shape of v5, from SHA-256) of `parts`.
 */
export function stableJobId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
