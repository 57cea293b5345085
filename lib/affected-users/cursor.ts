import { z } from "zod";
import { isStorableText } from "@/lib/domain/text";

/** How the list is ordered: most notifications, latest notification, or name (A–Z); ties by user id. */
export const AFFECTED_SORTS = ["count", "last", "name"] as const;
export type AffectedSort = (typeof AFFECTED_SORTS)[number];

/**
 * Keyset cursor over the aggregated rows: the sort it belongs to, the last row's sort key and user
 * id, and the end of the time range the first page resolved. Pinning `to` keeps "until now" the
 * same instant across pages, so counts do not move between pages (no duplicates, no gaps).
 * Opaque to clients: base64url of a small JSON object, at most MAX_CURSOR_LENGTH characters.
 */
export type AffectedCursor =
  | { sort: "count"; key: number; userId: string; to: string }
  | { sort: "last"; key: string; userId: string; to: string }
  | { sort: "name"; key: string; userId: string; to: string };

export const MAX_CURSOR_LENGTH = 800;

const instant = z.iso.datetime();
const wireSchema = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("count"), k: z.int().min(1).max(2_147_483_647), u: z.uuid(), t: instant }),
  z.strictObject({ s: z.literal("last"), k: instant, u: z.uuid(), t: instant }),
  z.strictObject({ s: z.literal("name"), k: z.string().max(400).refine(isStorableText), u: z.uuid(), t: instant }),
]);

export function encodeAffectedCursor(cursor: AffectedCursor): string {
  const wire = { s: cursor.sort, k: cursor.key, u: cursor.userId, t: cursor.to };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

export function decodeAffectedCursor(text: string): AffectedCursor | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = wireSchema.safeParse(json);
  if (!parsed.success) return null;
  const { s, k, u, t } = parsed.data;
  return { sort: s, key: k, userId: u, to: t } as AffectedCursor;
}
