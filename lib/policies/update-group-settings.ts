import { parseOrThrow } from "@/lib/api/errors";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireUuid } from "./group-id";
import { saveGroupSettings } from "./save-group-settings";
import { replaceSettingsSchema } from "./schemas";
import type { GroupDetailView } from "./types";

/** Replaces every setting of a group (PUT), based on `expectedVersion`; an optional comment goes with the revision. */
export async function updateGroupSettings(
  caller: Caller | null,
  groupId: string,
  expectedVersion: number,
  input: unknown,
  context: AuditContext = {},
): Promise<GroupDetailView> {
  const admin = requirePermission(caller, "policy:write");
  const id = requireUuid(groupId);
  const { comment, ...settings } = parseOrThrow(replaceSettingsSchema, input);
  return saveGroupSettings({ groupId: id, expectedVersion, comment, action: "policy.update", next: () => settings, actor: admin, context });
}
