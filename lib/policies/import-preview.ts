import type { GroupSettings } from "@/lib/domain/settings";
import { normalizeSettings } from "./normalize-settings";
import { importFileSchema } from "./schemas";
import type { ImportGroupResult, ImportOutcome, ImportResultView } from "./views";

/** Pure helpers of the import screen: reading the chosen file and turning an import result into what the screen lists. */

/** The import API's body limit (contract: maxBytes), checked before the file is read. */
export const IMPORT_MAX_BYTES = 4 * 1024 * 1024;

export type ReadFileResult = { ok: true; json: unknown } | { ok: false; message: string };

/** The file's text as JSON, or why it is not. The server validates the content; this only catches what it never could see. */
export function parseImportText(text: string): ReadFileResult {
  if (text.trim() === "") return { ok: false, message: "The file is empty." };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not JSON (${reason}). Choose a file made by Export JSON.` };
  }
}

// New groups first, then changed ones, then the unchanged: what the admin must read comes first.
const OUTCOME_ORDER: Record<ImportOutcome, number> = { created: 0, updated: 1, unchanged: 2 };

export type ImportPreviewRow = {
  name: string;
  outcome: ImportOutcome;
  /** "New group", "3 setting changes", "Description only", "Unchanged". */
  headline: string;
  changes: ImportGroupResult["changes"];
  description: ImportGroupResult["description"];
  groupId: string | null;
  /** Counting members only makes sense for an existing group whose settings change. */
  countsMembers: boolean;
};

function headlineOf(group: ImportGroupResult): string {
  if (group.outcome === "created") return "New group";
  if (group.outcome === "unchanged") return "Unchanged";
  if (group.changes.length === 0) return group.description ? "Description changes" : "Gets stored settings";
  return group.changes.length === 1 ? "1 setting changes" : `${group.changes.length} settings change`;
}

/** The result's groups in reading order, each with its headline; the file's order is kept within an outcome. */
export function importPreviewRows(result: ImportResultView): ImportPreviewRow[] {
  return result.groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => OUTCOME_ORDER[a.group.outcome] - OUTCOME_ORDER[b.group.outcome] || a.index - b.index)
    .map(({ group }) => ({
      name: group.name,
      outcome: group.outcome,
      headline: headlineOf(group),
      changes: group.changes,
      description: group.description,
      groupId: group.groupId,
      countsMembers: group.outcome === "updated" && group.groupId !== null && group.changes.length > 0,
    }));
}

/**
 * Whether two dry runs of the same file describe the same writes. Apply re-runs the dry run first
 * and refuses to write when the stored groups moved since the preview the admin reviewed: the
 * import itself re-plans inside its transaction, so without this it would apply changes nobody saw.
 */
export function samePlan(a: ImportResultView, b: ImportResultView): boolean {
  const key = (result: ImportResultView) =>
    JSON.stringify(result.groups.map(({ name, outcome, changes, description, groupId, version }) => [name, outcome, changes, description, groupId, version]));
  return key(a) === key(b);
}

/** The file's settings per group name, spelt as the import stores them, for the member counts; empty when the file does not parse (the server said why). */
export function proposedSettingsByName(json: unknown): Map<string, GroupSettings> {
  const parsed = importFileSchema.safeParse(json);
  if (!parsed.success) return new Map();
  return new Map(parsed.data.groups.map((group) => [group.name, normalizeSettings(group.settings)]));
}
