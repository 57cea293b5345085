import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { groupNotFound } from "./group-id";
import { loadGroupDetail } from "./load-group-detail";
import { POLICY_TRANSACTION, type PolicyAction, type PolicyWriteContext } from "./policy-write";
import { diffSettings } from "./settings-diff";
import { settingsFromRecord } from "./settings-record";
import type { GroupDetailView } from "./views";
import { StaleVersionError, withVersionCheck } from "./version-conflict";
import { writeSettingsRevision } from "./write-settings-revision";

export type SettingsSave = PolicyWriteContext & {
  groupId: string;
  expectedVersion: number;
  comment: string | null;
  action: Extract<PolicyAction, "policy.update" | "policy.revert">;
  /** The new settings, built from (and validated against) the settings at `expectedVersion`. */
  next: (current: GroupSettings) => GroupSettings;
  details?: Record<string, Prisma.InputJsonValue>;
};

/**
 * The one path for an admin's settings change (update, patch, revert): version check, new revision,
 * audit entry, all in one transaction. Saving identical settings writes nothing.
 */
export async function saveGroupSettings(save: SettingsSave): Promise<GroupDetailView> {
  const { groupId, expectedVersion } = save;
  return withVersionCheck(() =>
    db().$transaction(async (tx) => {
      const group = await tx.deliveryGroup.findUnique({ where: { id: groupId }, include: { settings: true } });
      if (!group) throw groupNotFound();
      // Fail fast when already stale; the updateMany filter still guards the race after this read.
      if ((group.settings?.version ?? 0) !== expectedVersion) throw new StaleVersionError(groupId, expectedVersion);

      const before = group.settings ? settingsFromRecord(group.settings) : null;
      const after = save.next(before ?? DEFAULT_GROUP_SETTINGS);
      if (before && diffSettings(before, after).length === 0) return loadGroupDetail(groupId, tx);

      await writeSettingsRevision(tx, {
        groupId,
        groupName: group.name,
        expectedVersion,
        before,
        after,
        comment: save.comment,
        action: save.action,
        actor: save.actor,
        context: save.context,
        details: save.details,
      });
      return loadGroupDetail(groupId, tx);
    }, POLICY_TRANSACTION),
  );
}
