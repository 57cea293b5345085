import type { GroupRevision } from "@/generated/prisma/client";
import { diffSettings } from "./settings-diff";
import { settingsFromSnapshot } from "./settings-record";
import type { RevisionDetailView, RevisionSummaryView } from "./views";

/** A revision as the API shows it, with what changed since `previous` (nothing for the first revision). */
export function revisionDetail(revision: GroupRevision, previous: GroupRevision | null): RevisionDetailView {
  const snapshot = settingsFromSnapshot(revision.snapshot);
  const changes = previous ? diffSettings(settingsFromSnapshot(previous.snapshot), snapshot) : [];
  return {
    id: revision.id,
    version: revision.version,
    actorEmail: revision.actorEmail,
    createdAt: revision.createdAt.toISOString(),
    comment: revision.comment,
    changedFields: changes.map((change) => change.field),
    snapshot,
    previousVersion: previous?.version ?? null,
    changes,
  };
}

export function revisionSummary(revision: GroupRevision, previous: GroupRevision | null): RevisionSummaryView {
  const { id, version, actorEmail, createdAt, comment, changedFields } = revisionDetail(revision, previous);
  return { id, version, actorEmail, createdAt, comment, changedFields };
}
