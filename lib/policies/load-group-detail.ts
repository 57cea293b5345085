import "server-only";
import { evaluate } from "@/lib/domain/prerequisites";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/domain/settings";
import { db, type Tx } from "@/lib/db/client";
import { groupNotFound } from "./group-id";
import { settingsFromRecord } from "./settings-record";
import type { GroupDetailView } from "./views";

/**
 * One group with its settings, version and group-level verdict. Takes a transaction so a write can
 * return exactly the state it committed. A group without settings (e.g. created by a directory
 * sync) shows the defaults at version 0.
 */
export async function loadGroupDetail(groupId: string, client: Tx = db()): Promise<GroupDetailView> {
  const group = await client.deliveryGroup.findUnique({
    where: { id: groupId },
    include: { settings: true, _count: { select: { members: true } } },
  });
  if (!group) throw groupNotFound();
  const row = group.settings;
  const settings = row ? settingsFromRecord(row) : DEFAULT_GROUP_SETTINGS;
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    memberCount: group._count.members,
    createdAt: group.createdAt.toISOString(),
    version: row?.version ?? 0,
    settings,
    updatedByEmail: row?.updatedByEmail ?? null,
    updatedAt: (row?.updatedAt ?? group.createdAt).toISOString(),
    evaluation: evaluate(settings),
  };
}
