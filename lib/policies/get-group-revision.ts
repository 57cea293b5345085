import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { requireResourceId } from "@/lib/contract/resource-id";
import { REVISION, revisionNotFound } from "./group-id";
import { revisionDetail } from "./revision-view";
import type { RevisionDetailView } from "./views";

/** One revision: its full snapshot and its changes against the revision before it. */
export async function getGroupRevision(caller: Caller | null, groupId: string, revisionId: string): Promise<RevisionDetailView> {
  requirePermission(caller, "policy:read");
  const revision = await db().groupRevision.findFirst({
    where: { id: requireResourceId(revisionId, REVISION), groupId: requireResourceId(groupId, REVISION) },
  });
  if (!revision) throw revisionNotFound();
  const previous = await db().groupRevision.findFirst({
    where: { groupId: revision.groupId, version: { lt: revision.version } },
    orderBy: { version: "desc" },
  });
  return revisionDetail(revision, previous);
}
