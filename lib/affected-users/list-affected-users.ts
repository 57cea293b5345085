import "server-only";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordViewOnce } from "@/lib/audit/record-view-once";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { parseOrThrow } from "@/lib/errors/app-error";
import { decodeAffectedCursor, encodeAffectedCursor, type AffectedCursor, type AffectedSort } from "./cursor";
import { queryAffectedUsers, type AffectedRow } from "./query-affected-users";
import { auditedFilter, resolveFilter } from "./resolve-filter";
import { affectedListQuerySchema } from "./schemas";
import { toAffectedUser } from "./to-affected-user";
import type { AffectedUsersPage } from "./views";

export const AFFECTED_VIEW_ACTION = "directory.affected_users_view";

/** The cursor that continues after `row` in `sort` order. */
export function cursorAfter(row: AffectedRow, sort: AffectedSort, to: Date): string {
  const base = { userId: row.user_id, to: to.toISOString() };
  const cursor: AffectedCursor =
    sort === "count" ? { sort, key: row.count, ...base } : sort === "last" ? { sort, key: row.last_at.toISOString(), ...base } : { sort, key: row.display_name, ...base };
  return encodeAffectedCursor(cursor);
}

/**
 * The users behind a dashboard number: one row per user with notifications in the range that match
 * every filter, keyset-paginated. Names and UPNs are personal data, so the view is audited like the
 * helpdesk search: once per viewer and filter in each window, not once per page.
 */
export async function listAffectedUsers(caller: Caller | null, query: unknown, context: AuditContext = {}, now = new Date()): Promise<AffectedUsersPage> {
  const viewer = requirePermission(caller, "directory:read");
  const parsed = parseOrThrow(affectedListQuerySchema, query);
  const cursor = parsed.cursor ? decodeAffectedCursor(parsed.cursor)! : undefined;
  const filter = resolveFilter(parsed, now, cursor);
  const details = auditedFilter(parsed, filter);
  // The same filters are one view whatever the page or sort; "until now" stays the same view as time passes.
  const seen = JSON.stringify([parsed.groupId, parsed.outcome, parsed.cause, parsed.fact, parsed.from, parsed.to]);
  await recordViewOnce({ actor: viewer, action: AFFECTED_VIEW_ACTION, targetType: "directory", details, context }, seen);

  // One row more than asked tells whether another page exists.
  const rows = await queryAffectedUsers(filter, parsed.sort, cursor, parsed.limit + 1);
  const page = rows.slice(0, parsed.limit);
  return {
    users: page.map(toAffectedUser),
    nextCursor: rows.length > parsed.limit ? cursorAfter(page.at(-1)!, parsed.sort, filter.to) : null,
    range: { from: filter.from.toISOString(), to: filter.to.toISOString() },
  };
}
