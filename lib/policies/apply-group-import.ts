import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { insertGroup } from "./insert-group";
import type { PlannedGroup } from "./plan-group-import";
import { asJson, type PolicyWriteContext } from "./policy-write";
import type { ImportGroupResult } from "./views";
import { writeSettingsRevision } from "./write-settings-revision";

const COMMENT = "Imported from file";

/** Writes one planned group inside the import's transaction; returns its result with the id and version written. */
export async function applyPlannedGroup(tx: Tx, plan: PlannedGroup, write: PolicyWriteContext): Promise<ImportGroupResult> {
  const result: ImportGroupResult = {
    name: plan.name,
    outcome: plan.outcome,
    changes: plan.changes,
    description: plan.description,
    groupId: plan.groupId,
    version: plan.version,
  };
  if (plan.outcome === "unchanged") return result;

  if (!plan.existing) {
    const created = await insertGroup(tx, {
      name: plan.name,
      description: plan.newDescription,
      settings: plan.settings,
      comment: COMMENT,
      action: "policy.import",
      ...write,
    });
    return { ...result, groupId: created.id, version: created.version };
  }

  const { existing } = plan;
  if (plan.description) {
    await tx.deliveryGroup.update({ where: { id: existing.id }, data: { description: plan.newDescription } });
  }
  const descriptionDetails: Record<string, Prisma.InputJsonValue> = plan.description ? { description: asJson(plan.description) } : {};
  if (plan.changes.length > 0 || !existing.settings) {
    const written = await writeSettingsRevision(tx, {
      groupId: existing.id,
      groupName: plan.name,
      expectedVersion: existing.version,
      before: existing.settings,
      after: plan.settings,
      comment: COMMENT,
      action: "policy.import",
      details: descriptionDetails,
      ...write,
    });
    return { ...result, version: written.version };
  }

  // Only the description changed: no new settings revision, but still on the record.
  await recordAudit(
    { actor: write.actor, action: "policy.import", targetType: "delivery_group", targetId: existing.id, details: { group: plan.name, ...descriptionDetails }, context: write.context },
    tx,
  );
  return result;
}
