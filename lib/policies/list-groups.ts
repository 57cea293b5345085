import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { verdictOf } from "./group-verdict";
import { settingsFromRecord } from "./settings-record";
import type { GroupSummaryView } from "./views";

/** Every delivery group, by name, with its group-level verdict, member count and last change. */
export async function listGroups(caller: Caller | null): Promise<GroupSummaryView[]> {
  requirePermission(caller, "policy:read");
  const groups = await db().deliveryGroup.findMany({
    orderBy: { name: "asc" },
    include: { settings: true, _count: { select: { members: true } } },
  });
  return groups.map((group) => {
    const row = group.settings;
    return {
      id: group.id,
      name: group.name,
      description: group.description,
      memberCount: group._count.members,
      verdict: verdictOf(row ? settingsFromRecord(row) : DEFAULT_GROUP_SETTINGS),
      lastChange: {
        version: row?.version ?? 0,
        byEmail: row?.updatedByEmail ?? null,
        at: (row?.updatedAt ?? group.createdAt).toISOString(),
      },
    };
  });
}
