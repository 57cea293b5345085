import { ApiError } from "@/lib/client/api-client";
import type { VersionConflictDetails } from "@/lib/policies/views";

export type SavedVersion = VersionConflictDetails["current"];

/** The state someone else saved, when a write failed with 412; otherwise null. */
export function conflictOf(error: unknown): SavedVersion | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const current = (error.details as Partial<VersionConflictDetails> | undefined)?.current;
  return current && typeof current.version === "number" ? current : null;
}
