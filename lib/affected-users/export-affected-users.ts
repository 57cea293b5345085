import "server-only";
import { csvFileName, toCsv, type CsvColumn } from "@/components/ui/data-table/csv";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { parseOrThrow } from "@/lib/errors/app-error";
import { decodeAffectedCursor } from "./cursor";
import { cursorAfter } from "./list-affected-users";
import { queryAffectedUsers, type AffectedRow } from "./query-affected-users";
import { auditedFilter, resolveFilter } from "./resolve-filter";
import { affectedExportQuerySchema } from "./schemas";

export const AFFECTED_EXPORT_ACTION = "directory.affected_users_export";

/**
 * The most rows one export holds. Bounded rather than streamed: the file is built in memory from
 * keyset batches (each a short statement, so the embedded database's one connection is never held
 * long), and the audit entry can say exactly how many users left the console.
 */
export const EXPORT_MAX_ROWS = 10_000;
const BATCH = 1_000;

const COLUMNS: readonly CsvColumn<AffectedRow>[] = [
  { header: "User id", value: (row) => row.user_id },
  { header: "Display name", value: (row) => row.display_name },
  { header: "UPN", value: (row) => row.upn },
  { header: "Group", value: (row) => row.group_name },
  { header: "Notifications", value: (row) => row.count },
  { header: "Last notification", value: (row) => row.last_at },
  { header: "Last outcome", value: (row) => row.last_outcome },
  { header: "Last cause", value: (row) => row.last_cause },
];

export type AffectedExport = { csv: string; fileName: string; rows: number; truncated: boolean };

/**
 * Every user the list shows for these filters, in its order, as CSV. An export of personal data:
 * audited on every call (unlike a view, each file is a copy that leaves the console).
 */
export async function exportAffectedUsers(caller: Caller | null, query: unknown, context: AuditContext = {}, now = new Date()): Promise<AffectedExport> {
  const viewer = requirePermission(caller, "directory:read");
  const parsed = parseOrThrow(affectedExportQuerySchema, query);
  const filter = resolveFilter(parsed, now);
  const rows: AffectedRow[] = [];
  let cursor: string | null = null;
  let more = true;
  while (more && rows.length < EXPORT_MAX_ROWS) {
    const take = Math.min(BATCH, EXPORT_MAX_ROWS - rows.length);
    const batch = await queryAffectedUsers(filter, parsed.sort, cursor ? decodeAffectedCursor(cursor)! : undefined, take + 1);
    rows.push(...batch.slice(0, take));
    more = batch.length > take;
    cursor = more ? cursorAfter(rows.at(-1)!, parsed.sort, filter.to) : null;
  }
  const truncated = more;
  await recordAudit({
    actor: viewer,
    action: AFFECTED_EXPORT_ACTION,
    targetType: "directory",
    details: { ...auditedFilter(parsed, filter), rows: rows.length, truncated },
    context,
  });
  return { csv: toCsv(COLUMNS, rows), fileName: csvFileName("affected-users", now), rows: rows.length, truncated };
}
