import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordViewOnce } from "@/lib/audit/record-view-once";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { findUsers } from "./find-users";
import { MAX_SEARCH_OFFSET, searchQuerySchema } from "./schemas";
import { searchTerms } from "./search-terms";
import type { UserSearchPage } from "./views";

export const SEARCH_ACTION = "directory.search";

/** Directory users by name, email or UPN: prefix, substring and small typos, best match first. */
export async function searchUsers(caller: Caller | null, query: unknown, context: AuditContext = {}): Promise<UserSearchPage> {
  const viewer = requirePermission(caller, "directory:read");
  const { query: text, cursor, limit } = parseOrThrow(searchQuerySchema, query);
  // Who looked for whom: each search text once per viewer and window, not once per page or keystroke pause.
  await recordViewOnce({ actor: viewer, action: SEARCH_ACTION, targetType: "directory", details: { query: text }, context }, text.toLowerCase());
  const offset = cursor ?? 0;
  // One row more than asked tells whether another page exists.
  const rows = await findUsers(searchTerms(text), offset, limit + 1);
  const users = rows.slice(0, limit);
  const next = offset + limit;
  return { users, nextCursor: rows.length > limit && next <= MAX_SEARCH_OFFSET ? String(next) : null };
}
