import "server-only";
import type { AuditEntry, Prisma } from "@/generated/prisma/client";
import { resolveTargetNames, targetKey } from "./target-names";
import type { AuditEntryView, AuditFilter } from "./contract";

/** The rows the audit log's filters select (actor substring, action prefix, target, time), shared by the list and its export. */
export function auditWhere(filter: AuditFilter, olderThan?: bigint): Prisma.AuditEntryWhereInput {
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: new Date(filter.from) } : {}), ...(filter.to ? { lte: new Date(filter.to) } : {}) } } : {}),
    ...(olderThan !== undefined ? { id: { lt: olderThan } } : {}),
  };
}

/** Stored rows as the log shows them, each target named beside its id (batched lookups for all rows). */
export async function toAuditEntryViews(rows: readonly AuditEntry[]): Promise<AuditEntryView[]> {
  const names = await resolveTargetNames(rows);
  return rows.map((row) => ({
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
}
