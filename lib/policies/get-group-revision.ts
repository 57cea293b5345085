import { AppError } from "@/lib/api/errors";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { requireUuid } from "./group-id";
import { revisionDetail } from "./revision-view";
import type { RevisionDetailView } from "./types";

export const revisionNotFound = () => new AppError("not_found", "No such revision of this delivery group.");

/** One revision: its full snapshot and its changes against the revision before it. */
export async function getGroupRevision(caller: Caller | null, groupId: string, revisionId: string): Promise<RevisionDetailView> {
  requirePermission(caller, "policy:read");
  const revision = await db().groupRevision.findFirst({
    where: { id: requireUuid(revisionId, revisionNotFound), groupId: requireUuid(groupId, revisionNotFound) },
  });
  if (!revision) throw revisionNotFound();
  const previous = await db().groupRevision.findFirst({
    where: { groupId: revision.groupId, version: { lt: revision.version } },
    orderBy: { version: "desc" },
  });
  return revisionDetail(revision, previous);
}
