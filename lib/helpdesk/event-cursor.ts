import { isStorableInstant, isStorableText } from "@/lib/domain/text";

/**
 * Keyset cursor over a user's events, ordered by (occurredAt, id) descending. Opaque to clients:
 * base64url of "<ISO time>|<event id>", so ids with any characters survive a query string.
 */
export type EventKey = { occurredAt: Date; id: string };

const SEPARATOR = "|";

export function encodeEventCursor(key: { occurredAt: Date | string; id: string }): string {
  const at = typeof key.occurredAt === "string" ? key.occurredAt : key.occurredAt.toISOString();
  return Buffer.from(`${at}${SEPARATOR}${key.id}`, "utf8").toString("base64url");
}

export function decodeEventCursor(cursor: string): EventKey | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const at = text.indexOf(SEPARATOR);
  if (at <= 0) return null;
  const occurredAt = new Date(text.slice(0, at));
  const id = text.slice(at + 1);
  // A forged cursor must not reach the query with a NUL, half a surrogate pair or year 0 (a 500 otherwise).
  if (Number.isNaN(occurredAt.getTime()) || id.length === 0 || !isStorableText(id) || !isStorableInstant(occurredAt.toISOString())) return null;
  return { occurredAt, id };
}

export function isEventCursor(cursor: string): boolean {
  return decodeEventCursor(cursor) !== null;
}
