import "server-only";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { plural } from "@/lib/format/time";
import { groupNotFound } from "./group-id";
import { asJson, POLICY_TRANSACTION } from "./policy-write";
import { settingsFromRecord } from "./settings-record";

/**
 * Deletes a delivery group that has no members; its settings, revisions and probe runs go with it,
 * and the audit entry keeps the last settings and version, so what was deleted can be recreated.
 *
 * A group with members is refused rather than emptied here: membership comes from the directory
 * sync (each user names their group), so members moved by the console would be put back, or left
 * without a group, by the next sync. The answer says so and names the count.
 */
export async function deleteGroup(caller: Caller | null, groupId: string, context: AuditContext = {}): Promise<void> {
  const admin = requirePermission(caller, "policy:write");
  await db().$transaction(async (tx) => {
    // Locks the group against a concurrent settings write or a second delete.
    const [locked] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM delivery_group WHERE id = ${groupId}::uuid FOR UPDATE`;
    if (!locked) throw groupNotFound();
    const members = await tx.directoryUser.count({ where: { groupId } });
    if (members > 0) {
      throw new AppError(
        "conflict",
        `${locked.name} has ${plural(members, "member")}. Membership comes from the directory sync: assign ${members === 1 ? "that user" : "those users"} to another group in the directory first, then delete the group.`,
        { details: { members } },
      );
    }
    const settings = await tx.groupSettings.findUnique({ where: { groupId } });
    await tx.deliveryGroup.delete({ where: { id: groupId } });
    await recordAudit(
      {
        actor: admin,
        action: "policy.delete",
        targetType: "delivery_group",
        targetId: groupId,
        details: { group: locked.name, fromVersion: settings?.version ?? null, before: settings ? asJson(settingsFromRecord(settings)) : null, after: null },
        context,
      },
      tx,
    );
  }, POLICY_TRANSACTION);
}
