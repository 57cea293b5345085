import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireResourceId } from "@/lib/contract/resource-id";
import { GROUP } from "./group-id";
import { saveGroupSettings } from "./save-group-settings";
import { replaceSettingsSchema } from "./schemas";
import type { GroupDetailView } from "./views";

/** Replaces every setting of a group (PUT), based on `expectedVersion`; an optional comment goes with the revision. */
export async function updateGroupSettings(
  caller: Caller | null,
  groupId: string,
  expectedVersion: number,
  input: unknown,
  context: AuditContext = {},
): Promise<GroupDetailView> {
  const admin = requirePermission(caller, "policy:write");
  const id = requireResourceId(groupId, GROUP);
  const { comment, ...settings } = parseOrThrow(replaceSettingsSchema, input);
  return saveGroupSettings({ groupId: id, expectedVersion, comment, action: "policy.update", next: () => settings, actor: admin, context });
}
