import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/api/errors";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";

export const auditQuerySchema = z.object({
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  targetId: z.string().trim().max(200).optional(),
  from: z.iso.datetime({ offset: true, error: "must be an ISO date-time" }).optional(),
  to: z.iso.datetime({ offset: true, error: "must be an ISO date-time" }).optional(),
  cursor: z.string().regex(/^\d+$/, "must be a cursor from a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditEntryView = {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: unknown;
};

/** Newest first, filtered by actor (substring), action (prefix), target and time; keyset-paginated. */
export async function listAuditEntries(caller: Caller | null, query: unknown) {
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
  const entries: AuditEntryView[] = page.map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    requestId: row.requestId,
    details: row.details,
  }));
  return { entries, nextCursor: rows.length > q.limit ? page.at(-1)!.id.toString() : null };
}
