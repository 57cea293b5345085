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

/** A name shown to people (groups, accounts, tokens, directory users): storable and without hidden characters. */
export function nameSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .refine(isVisibleText, INVISIBLE_TEXT_MESSAGE);
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
