import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The group's name for the page title ("Sales · Policies"), or null for an unknown id. */
export async function groupTitle(caller: Caller | null, groupId: string): Promise<string | null> {
  requirePermission(caller, "policy:read");
  if (!UUID.test(groupId)) return null;
  const group = await db().deliveryGroup.findUnique({ where: { id: groupId.toLowerCase() }, select: { name: true } });
  return group?.name ?? null;
}
