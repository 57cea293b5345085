import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { applyPlannedGroup } from "./apply-group-import";
import { planGroupImport, type PlannedGroup } from "./plan-group-import";
import { IMPORT_TRANSACTION } from "./policy-write";
import { importFileSchema, importModeSchema } from "./schemas";
import type { ImportGroupResult, ImportResultView } from "./views";
import { withVersionCheck } from "./version-conflict";
import { isUniqueViolation } from "@/lib/db/errors";

function resultView(dryRun: boolean, groups: ImportGroupResult[]): ImportResultView {
  const summary = { created: 0, updated: 0, unchanged: 0 };
  for (const group of groups) summary[group.outcome] += 1;
  return { dryRun, summary, groups };
}

function withoutPlanning({ settings: _settings, newDescription: _description, existing: _existing, ...result }: PlannedGroup): ImportGroupResult {
  return result;
}

/**
 * Imports an export file, matching groups by name. The whole file is validated before anything is
 * read or written. A dry run (the default) reports per group what would be created, updated or left
 * unchanged; a real run applies every group in one transaction, so it lands whole or not at all.
 */
export async function importGroups(
  caller: Caller | null,
  input: unknown,
  query: { dryRun?: string | null },
  context: AuditContext = {},
): Promise<ImportResultView> {
  const admin = requirePermission(caller, "policy:write");
  const { dryRun } = parseOrThrow(importModeSchema, { dryRun: query.dryRun ?? undefined });
  const file = parseOrThrow(importFileSchema, input);

  if (dryRun) return resultView(true, (await planGroupImport(db(), file)).map(withoutPlanning));

  try {
    const applied = await withVersionCheck(() =>
      db().$transaction(async (tx) => {
        const results: ImportGroupResult[] = [];
        for (const plan of await planGroupImport(tx, file)) results.push(await applyPlannedGroup(tx, plan, { actor: admin, context }));
        return results;
      }, IMPORT_TRANSACTION),
    );
    return resultView(false, applied);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "A group in the file was created by someone else during the import. Nothing was imported; run it again.");
    }
    throw error;
  }
}
