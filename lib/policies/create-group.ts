import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { insertGroup, nameTaken } from "./insert-group";
import { loadGroupDetail } from "./load-group-detail";
import { POLICY_TRANSACTION } from "./policy-write";
import { createGroupSchema } from "./schemas";
import type { GroupDetailView } from "./views";
import { isUniqueViolation } from "@/lib/db/errors";

/** Creates a delivery group; its settings start from the product defaults unless given. */
export async function createGroup(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<GroupDetailView> {
  const admin = requirePermission(caller, "policy:write");
  const data = parseOrThrow(createGroupSchema, input);
  try {
    return await db().$transaction(async (tx) => {
      const { id } = await insertGroup(tx, {
        name: data.name,
        description: data.description,
        settings: data.settings ?? DEFAULT_GROUP_SETTINGS,
        comment: "Group created",
        action: "policy.create",
        actor: admin,
        context,
      });
      return loadGroupDetail(id, tx);
    }, POLICY_TRANSACTION);
  } catch (error) {
    // Two creates racing for one name: the loser hits the unique index.
    if (isUniqueViolation(error)) throw nameTaken(data.name);
    throw error;
  }
}
