import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { GroupSettings } from "@/lib/domain/settings";
import type { Tx } from "@/lib/db/client";
import { actorColumns, asJson, type PolicyAction, type PolicyWriteContext } from "./policy-write";
import { diffSettings } from "./settings-diff";
import { settingsToRecord } from "./settings-record";
import type { SettingChange } from "./views";
import { StaleVersionError } from "./version-conflict";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordVerdictFlip } from "@/lib/alerts/record-verdict-flip";
import { verdictOf } from "./group-verdict";

export type SettingsWrite = PolicyWriteContext & {
  groupId: string;
  groupName: string;
  expectedVersion: number;
  /** The settings at `expectedVersion`; null when the group has none yet (version 0). */
  before: GroupSettings | null;
  after: GroupSettings;
  comment: string | null;
  action: PolicyAction;
  details?: Record<string, Prisma.InputJsonValue>;
};

/**
 * Moves a group's settings from `expectedVersion` to the next version, with its immutable revision
 * and audit entry, inside the caller's transaction. The version check is the `updateMany` filter:
 * of concurrent writers on one version exactly one updates a row; the others throw
 * StaleVersionError, which rolls back their transaction.
 */
export async function writeSettingsRevision(tx: Tx, write: SettingsWrite): Promise<{ version: number; changes: SettingChange[] }> {
  const { groupId, expectedVersion, after, actor } = write;
  const version = expectedVersion + 1;
  const by = actorColumns(actor);
  const columns = { ...settingsToRecord(after), version, updatedById: by.id, updatedByEmail: by.email, updatedAt: new Date() };

  if (expectedVersion === 0) {
    await tx.groupSettings.create({ data: { groupId, ...columns } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new StaleVersionError(groupId, expectedVersion) : error;
    });
  } else {
    const updated = await tx.groupSettings.updateMany({ where: { groupId, version: expectedVersion }, data: columns });
    if (updated.count === 0) throw new StaleVersionError(groupId, expectedVersion);
  }

  const changes = write.before ? diffSettings(write.before, after) : [];
  await tx.groupRevision.create({
    data: { groupId, version, snapshot: asJson(settingsToRecord(after)), actorId: by.id, actorEmail: by.email, comment: write.comment },
  });
  await recordAudit(
    {
      actor,
      action: write.action,
      targetType: "delivery_group",
      targetId: groupId,
      details: {
        group: write.groupName,
        fromVersion: expectedVersion,
        toVersion: version,
        comment: write.comment,
        changes: asJson(changes),
        ...(write.before ? {} : { after: asJson(settingsToRecord(after)) }),
        ...write.details,
      },
      context: write.context,
    },
    tx,
  );
  if (write.before) {
    await recordVerdictFlip(tx, {
      groupId,
      groupName: write.groupName,
      action: write.action,
      fromVersion: expectedVersion,
      toVersion: version,
      before: verdictOf(write.before),
      after: verdictOf(after),
      actorEmail: by.email,
    });
  }
  return { version, changes };
}
