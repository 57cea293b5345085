import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";

/** The name of the group a list is narrowed to, for its title; null when the id names no group. */
export async function affectedGroupName(caller: Caller | null, groupId: string | undefined): Promise<string | null> {
  requirePermission(caller, "directory:read");
  if (!groupId || !/^[0-9a-f-]{36}$/i.test(groupId)) return null;
  const group = await db().deliveryGroup.findUnique({ where: { id: groupId }, select: { name: true } });
  return group?.name ?? null;
}
