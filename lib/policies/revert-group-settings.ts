import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { requireResourceId } from "@/lib/contract/resource-id";
import { REVISION, revisionNotFound } from "./group-id";
import { saveGroupSettings } from "./save-group-settings";
import { revertSchema } from "./schemas";
import type { GroupDetailView } from "./views";

/**
 * Puts a past revision's settings back as a new revision (history is never rewritten), based on
 * `expectedVersion` like any other change.
 */
export async function revertGroupSettings(
  caller: Caller | null,
  groupId: string,
  revisionId: string,
  expectedVersion: number,
  input: unknown,
  context: AuditContext = {},
): Promise<GroupDetailView> {
  const admin = requirePermission(caller, "policy:write");
  const { comment } = parseOrThrow(revertSchema, input);
  const revision = await db().groupRevision.findFirst({
    where: { id: requireResourceId(revisionId, REVISION), groupId: requireResourceId(groupId, REVISION) },
  });
  if (!revision) throw revisionNotFound();
  // Validated again: a snapshot written under an older schema must not bypass today's rules.
  const settings = parseOrThrow(groupSettingsSchema, revision.snapshot, ["snapshot"]);
  return saveGroupSettings({
    groupId: revision.groupId,
    expectedVersion,
    comment: comment ?? `Reverted to version ${revision.version}`,
    action: "policy.revert",
    next: () => settings,
    details: { revertedToVersion: revision.version, revertedToRevisionId: revision.id },
    actor: admin,
    context,
  });
}
