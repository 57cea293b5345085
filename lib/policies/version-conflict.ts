import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { groupNotFound } from "./group-id";
import { settingsFromRecord } from "./settings-record";
import type { VersionConflictDetails } from "./views";

/** Thrown inside a transaction when the settings are no longer at the expected version; rolls it back. */
export class StaleVersionError extends Error {
  constructor(
    readonly groupId: string,
    readonly expectedVersion: number,
  ) {
    super("stale settings version");
  }
}

/** The 412 for a stale write: it carries the current version and settings, so the client can show the other change. */
export async function versionConflict(groupId: string, expectedVersion: number): Promise<AppError> {
  const group = await db().deliveryGroup.findUnique({ where: { id: groupId }, include: { settings: true } });
  if (!group) return groupNotFound();
  const row = group.settings;
  const details: VersionConflictDetails = {
    current: {
      version: row?.version ?? 0,
      settings: row ? settingsFromRecord(row) : DEFAULT_GROUP_SETTINGS,
      updatedByEmail: row?.updatedByEmail ?? null,
      updatedAt: (row?.updatedAt ?? group.createdAt).toISOString(),
    },
  };
  const who = details.current.updatedByEmail ?? "someone";
  return new AppError(
    "precondition_failed",
    `The settings of "${group.name}" changed since version ${expectedVersion}: ${who} saved version ${details.current.version} first. Nothing was saved.`,
    { details },
  );
}

/** Runs a versioned write; a stale version becomes the 412 with the current state, read after the rollback. */
export async function withVersionCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StaleVersionError) throw await versionConflict(error.groupId, error.expectedVersion);
    throw error;
  }
}
