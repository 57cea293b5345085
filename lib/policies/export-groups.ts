import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { GROUPS_EXPORT_FORMAT } from "./schemas";
import { settingsFromRecord } from "./settings-record";
import type { GroupsExportFile } from "./views";

/** Every group's name, description and settings, in the format `importGroups` reads back. */
export async function exportGroups(caller: Caller | null): Promise<GroupsExportFile> {
  requirePermission(caller, "policy:read");
  const groups = await db().deliveryGroup.findMany({ orderBy: { name: "asc" }, include: { settings: true } });
  return {
    format: GROUPS_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    groups: groups.map((group) => ({
      name: group.name,
      description: group.description,
      settings: group.settings ? settingsFromRecord(group.settings) : DEFAULT_GROUP_SETTINGS,
    })),
  };
}
