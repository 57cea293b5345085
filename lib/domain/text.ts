import { z } from "zod";

/**
 * Text PostgreSQL can store and people can read. JSON can carry a NUL character or half a
 * surrogate pair, which PostgreSQL text and jsonb refuse (a 500 for the whole statement); names
 * can carry bidi overrides and zero-width characters that make "admin" look like something else
 * in the audit log. Both are refused up front with a 422 naming the field.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, BOM. */
const INVISIBLE_OR_BIDI = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "must be valid Unicode text without NUL characters";
export const INVISIBLE_TEXT_MESSAGE = "must not contain invisible or text-direction control characters";

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export function isVisibleText(text: string): boolean {
  return !INVISIBLE_OR_BIDI.test(text);
}

/**
 * Any string the API stores or queries with (comments, descriptions, filters, search text, ids):
 * trimmed, at most `max` characters, storable. Every contract builds its strings from this or
 * nameText, so a NUL or half a surrogate pair is a 422 naming the field, never a failed statement.
 */
export function storedText(max: number, { trim = true }: { trim?: boolean } = {}) {
  const base = trim ? z.string().trim() : z.string();
  return base.max(max, `must be at most ${max} characters`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

/** A name shown to people (groups, accounts, tokens, directory users): storable, not empty, without hidden characters. */
export function nameText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .refine(isVisibleText, INVISIBLE_TEXT_MESSAGE);
}

/** Earliest and latest instants accepted in dates: PostgreSQL has no year 0, ISO 8601 strings stop at 9999. */
const EARLIEST_INSTANT = Date.parse("0001-01-01T00:00:00Z"); // not Date.UTC(1, …): years 0–99 mean 1900–1999 there
const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether an ISO date-time falls in years 1 to 9999 once moved to UTC (what timestamptz and toISOString both take). */
export function isStorableInstant(iso: string): boolean {
  const ms = Date.parse(iso);
  return !Number.isNaN(ms) && ms >= EARLIEST_INSTANT && ms <= LATEST_INSTANT;
}

/** An ISO 8601 date-time with offset that PostgreSQL can compare with (year 0000 is a 422, not a 500). */
export function storedDateTime(message = "must be an ISO date-time") {
  // Only a parseable time is bounded: a malformed one already has its issue (one per field).
  return z.iso
    .datetime({ offset: true, error: message })
    .refine((iso) => Number.isNaN(Date.parse(iso)) || isStorableInstant(iso), "must be between years 0001 and 9999");
}

/** The path of the first string anywhere in `value` that PostgreSQL cannot store, or null. */
export function unstorableTextPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = unstorableTextPath(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
