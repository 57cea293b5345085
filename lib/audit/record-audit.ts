import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/lib/auth/caller";
import { db, type Tx } from "@/lib/db/client";
import type { AuditAction } from "./actions";

export type AuditContext = { ip?: string | null; requestId?: string | null };

export type AuditRecord = {
  actor: Caller | { kind: "anonymous"; email?: string } | null;
  /** Only a listed action: the log's action filter offers exactly these. */
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonValue;
  context?: AuditContext;
};

/** How an actor is written into the log: an API key is named as itself, not as the admin who created it. */
export function actorFields(actor: AuditRecord["actor"]) {
  if (!actor) return { actorId: null, actorEmail: null };
  if (actor.kind === "user") return { actorId: actor.userId, actorEmail: actor.email };
  if (actor.kind === "token") return { actorId: `token:${actor.tokenId}`, actorEmail: `token:${actor.name}` };
  if (actor.kind === "apiKey") return { actorId: `api_key:${actor.keyId}`, actorEmail: `api_key:${actor.name}` };
  return { actorId: null, actorEmail: actor.email ?? null };
}

/** Appends one audit row. Pass the transaction of the change it records, so both commit or neither. */
export async function recordAudit(record: AuditRecord, tx: Tx = db()): Promise<void> {
  await tx.auditEntry.create({
    data: {
      ...actorFields(record.actor),
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      ip: record.context?.ip ?? null,
      requestId: record.context?.requestId ?? null,
      details: record.details,
    },
  });
}
