import "server-only";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";
import type { Tx } from "@/lib/db/client";
import { normalizeSettings } from "./normalize-settings";
import type { ImportFile } from "./schemas";
import { diffSettings, SETTING_KEYS } from "./settings-diff";
import { settingsFromRecord } from "./settings-record";
import type { ImportGroupResult, SettingChange } from "./views";

/** What importing one group would do, plus what applying it needs to know about the stored group. */
export type PlannedGroup = ImportGroupResult & {
  settings: GroupSettings;
  newDescription: string;
  existing: { id: string; version: number; settings: GroupSettings | null } | null;
};

function everySetting(settings: GroupSettings): SettingChange[] {
  return SETTING_KEYS.map((field) => ({ field, before: null, after: settings[field] ?? null }));
}

/** Compares each group in the file, by name, with what is stored. Reads only. */
export async function planGroupImport(client: Tx, file: ImportFile): Promise<PlannedGroup[]> {
  const stored = await client.deliveryGroup.findMany({
    where: { name: { in: file.groups.map((group) => group.name) } },
    include: { settings: true },
  });
  const byName = new Map(stored.map((group) => [group.name, group]));

  return file.groups.map((entry) => {
    const settings = normalizeSettings(entry.settings);
    const found = byName.get(entry.name);
    if (!found) {
      const newDescription = entry.description ?? "";
      const description = { before: null, after: newDescription };
      return { name: entry.name, outcome: "created", changes: everySetting(settings), description, groupId: null, version: null, settings, newDescription, existing: null };
    }

    const current = found.settings ? settingsFromRecord(found.settings) : null;
    const changes = diffSettings(current ?? DEFAULT_GROUP_SETTINGS, settings);
    const newDescription = entry.description ?? found.description;
    const description = newDescription !== found.description ? { before: found.description, after: newDescription } : null;
    // A group without stored settings (version 0) gets them even when they equal the defaults.
    const outcome = changes.length > 0 || description || !current ? "updated" : "unchanged";
    const version = found.settings?.version ?? 0;
    return {
      name: entry.name,
      outcome,
      changes,
      description,
      groupId: found.id,
      version,
      settings,
      newDescription,
      existing: { id: found.id, version, settings: current },
    };
  });
}
