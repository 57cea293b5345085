import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { GroupSettings } from "@/lib/domain/settings";
import type { Tx } from "@/lib/db/client";
import { actorColumns, asJson, type PolicyAction, type PolicyWriteContext } from "./policy-write";
import { settingsToRecord } from "./settings-record";

export type NewGroup = PolicyWriteContext & {
  name: string;
  description: string;
  settings: GroupSettings;
  comment: string | null;
  action: Extract<PolicyAction, "policy.create" | "policy.import">;
};

export function nameTaken(name: string): AppError {
  return new AppError("conflict", `A delivery group named "${name}" already exists.`, { fields: [{ field: "name", message: "is already in use" }] });
}

/** Creates a group with its settings at version 1, revision 1 and the audit entry, inside the caller's transaction. */
export async function insertGroup(tx: Tx, group: NewGroup): Promise<{ id: string; version: number }> {
  if (await tx.deliveryGroup.findUnique({ where: { name: group.name }, select: { id: true } })) throw nameTaken(group.name);
  const by = actorColumns(group.actor);
  const settings = settingsToRecord(group.settings);
  const created = await tx.deliveryGroup.create({
    data: {
      name: group.name,
      description: group.description,
      settings: { create: { ...settings, version: 1, updatedById: by.id, updatedByEmail: by.email } },
      revisions: { create: { version: 1, snapshot: asJson(settings), actorId: by.id, actorEmail: by.email, comment: group.comment } },
    },
    select: { id: true },
  });
  await recordAudit(
    {
      actor: group.actor,
      action: group.action,
      targetType: "delivery_group",
      targetId: created.id,
      details: { group: group.name, description: group.description, toVersion: 1, comment: group.comment, before: null, after: asJson(settings) },
      context: group.context,
    },
    tx,
  );
  return { id: created.id, version: 1 };
}
