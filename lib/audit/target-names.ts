import "server-only";
import { db } from "@/lib/db/client";

type Target = { targetType: string | null; targetId: string | null };

export const targetKey = (type: string, id: string) => `${type}:${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of one target type on the page; uuid columns only get uuids (a failed sign-in's target is the typed email). */
function idsOf(rows: readonly Target[], types: readonly string[], uuidOnly: boolean): string[] {
  const ids = rows.flatMap((row) => (row.targetType && row.targetId && types.includes(row.targetType) ? [row.targetId] : []));
  return [...new Set(ids)].filter((id) => !uuidOnly || UUID.test(id));
}

/**
 * The names of a page's targets, by `targetKey`: four batched lookups for the whole page, never
 * one per row. A target that is gone (or an id that names nothing) simply has no name.
 */
export async function resolveTargetNames(rows: readonly Target[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const groupIds = idsOf(rows, ["delivery_group", "group"], true);
  const userIds = idsOf(rows, ["directory_user"], true);
  const accountIds = idsOf(rows, ["account"], false);
  const tokenIds = idsOf(rows, ["ingest_token"], true);

  // Sequential on purpose: the embedded database has one connection.
  if (groupIds.length > 0) {
    for (const group of await db().deliveryGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } })) {
      names.set(targetKey("delivery_group", group.id), group.name);
      names.set(targetKey("group", group.id), group.name);
    }
  }
  if (userIds.length > 0) {
    for (const user of await db().directoryUser.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })) {
      names.set(targetKey("directory_user", user.id), user.displayName);
    }
  }
  if (accountIds.length > 0) {
    // Console accounts are known by their email everywhere in the console.
    for (const account of await db().user.findMany({ where: { id: { in: accountIds } }, select: { id: true, email: true } })) {
      names.set(targetKey("account", account.id), account.email);
    }
  }
  if (tokenIds.length > 0) {
    for (const token of await db().ingestToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, name: true } })) {
      names.set(targetKey("ingest_token", token.id), token.name);
    }
  }
  return names;
}
