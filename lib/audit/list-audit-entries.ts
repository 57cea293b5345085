import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { auditWhere, toAuditEntryViews } from "./audit-rows";
import { auditQuerySchema, type AuditPage } from "./contract";

/** Newest first, each target with its current name beside its id, filtered by actor (substring), action (prefix), target and time; keyset-paginated. */
export async function listAuditEntries(caller: Caller | null, query: unknown): Promise<AuditPage> {
  requirePermission(caller, "audit:read");
  const q = parseOrThrow(auditQuerySchema, query);
  const where = auditWhere(q, q.cursor ? BigInt(q.cursor) : undefined);
  const rows = await db().auditEntry.findMany({ where, orderBy: { id: "desc" }, take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  return { entries: await toAuditEntryViews(page), nextCursor: rows.length > q.limit ? page.at(-1)!.id.toString() : null };
}
