import "server-only";
import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { requireResourceId } from "@/lib/contract/resource-id";
import { GROUP } from "./group-id";
import { saveGroupSettings } from "./save-group-settings";
import { revisionCommentSchema } from "./schemas";
import { SETTING_KEYS } from "./settings-diff";
import type { GroupDetailView } from "./views";

const patchBodySchema = z.record(z.string(), z.unknown(), { error: "must be a JSON object of settings" });
const ALLOWED_KEYS = new Set<string>([...SETTING_KEYS, "comment"]);

/** The settings named in a PATCH body, and its comment; a key that is not a setting is an error, not a no-op. */
function parsePatch(input: unknown) {
  const { comment, ...settings } = parseOrThrow(patchBodySchema, input);
  const unknownKeys = Object.keys(settings).filter((key) => !ALLOWED_KEYS.has(key));
  if (unknownKeys.length > 0) {
    const fields = unknownKeys.map((field) => ({ field, message: "is not a group setting" }));
    throw new AppError("validation_failed", `Invalid input: ${unknownKeys.join(", ")} ${unknownKeys.length === 1 ? "is" : "are"} not a group setting`, { fields });
  }
  return { settings, comment: parseOrThrow(revisionCommentSchema, comment, ["comment"]) };
}

/**
 * Changes only the settings named in the body (PATCH). The result is validated whole, so a change
 * that is valid alone but not with the current settings is refused with the field named.
 */
export async function patchGroupSettings(
  caller: Caller | null,
  groupId: string,
  expectedVersion: number,
  input: unknown,
  context: AuditContext = {},
): Promise<GroupDetailView> {
  const admin = requirePermission(caller, "policy:write");
  const id = requireResourceId(groupId, GROUP);
  const patch = parsePatch(input);
  return saveGroupSettings({
    groupId: id,
    expectedVersion,
    comment: patch.comment,
    action: "policy.update",
    next: (current) => parseOrThrow(groupSettingsSchema, { ...current, ...patch.settings }),
    actor: admin,
    context,
  });
}
