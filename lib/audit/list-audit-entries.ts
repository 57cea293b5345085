import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { resolveTargetNames, targetKey } from "./target-names";
import { auditQuerySchema, type AuditEntryView, type AuditPage } from "./contract";

/** Newest first, each target with its current name beside its id, filtered by actor (substring), action (prefix), target and time; keyset-paginated. */
export async function listAuditEntries(caller: Caller | null, query: unknown): Promise<AuditPage> {
  requirePermission(caller, "audit:read");
  const q = parseOrThrow(auditQuerySchema, query);
  const where: Prisma.AuditEntryWhereInput = {
    ...(q.actor ? { actorEmail: { contains: q.actor, mode: "insensitive" } } : {}),
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.targetId ? { targetId: q.targetId } : {}),
    ...(q.from || q.to ? { at: { ...(q.from ? { gte: new Date(q.from) } : {}), ...(q.to ? { lte: new Date(q.to) } : {}) } } : {}),
    ...(q.cursor ? { id: { lt: BigInt(q.cursor) } } : {}),
  };
  const rows = await db().auditEntry.findMany({ where, orderBy: { id: "desc" }, take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const names = await resolveTargetNames(page);
  const entries: AuditEntryView[] = page.map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetType && row.targetId ? (names.get(targetKey(row.targetType, row.targetId)) ?? null) : null,
    ip: row.ip,
    requestId: row.requestId,
    details: row.details,
  }));
  return { entries, nextCursor: rows.length > q.limit ? page.at(-1)!.id.toString() : null };
}
