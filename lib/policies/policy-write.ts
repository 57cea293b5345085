import type { Prisma } from "@/generated/prisma/client";
import type { AuditContext } from "@/lib/audit/record-audit";
import { actorFields } from "@/lib/audit/record-audit";
import type { ActingCaller } from "@/lib/auth/caller";

/** Shared by every policy write: audit actions, transaction limits and how an actor is stored. */

export type PolicyAction = "policy.create" | "policy.update" | "policy.revert" | "policy.import" | "policy.delete";

/** Who made a change: a signed-in admin, an API key, or null for the system (demo seed). */
export type PolicyActor = ActingCaller | null;

export type PolicyWriteContext = { actor: PolicyActor; context: AuditContext };

/**
 * Interactive transactions hold a pooled connection; under a burst of saves they queue for one,
 * so wait longer than Prisma's 2 s default before giving up.
 */
export const POLICY_TRANSACTION = { maxWait: 15_000, timeout: 30_000 } as const;
/** An import writes every group in one transaction. */
export const IMPORT_TRANSACTION = { maxWait: 15_000, timeout: 120_000 } as const;

export function actorColumns(actor: PolicyActor) {
  // The same names as the audit log's actor, so a change made with an API key shows the key.
  const { actorId, actorEmail } = actorFields(actor);
  return { id: actorId, email: actorEmail };
}

/** Plain data (settings, changes) as a JSON column value. */
export function asJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
