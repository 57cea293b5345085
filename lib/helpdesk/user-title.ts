import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user's display name for the page title ("Olivia Jones · Helpdesk"), or null for an unknown
 * id. Only the name is read, for a caller who may read the directory; the view itself is audited
 * when the page loads the user through the API.
 */
export async function userTitle(caller: Caller | null, userId: string): Promise<string | null> {
  requirePermission(caller, "directory:read");
  if (!UUID.test(userId)) return null;
  const user = await db().directoryUser.findUnique({ where: { id: userId.toLowerCase() }, select: { displayName: true } });
  return user?.displayName ?? null;
}
