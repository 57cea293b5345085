import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { requireResourceId } from "@/lib/contract/resource-id";
import { GROUP, groupNotFound } from "./group-id";
import { revisionSummary } from "./revision-view";
import type { RevisionSummaryView } from "./views";

/** The newest revisions shown; older ones stay stored and reachable by id. */
const LIMIT = 200;

/** A group's revisions, newest first, each with the fields it changed. */
export async function listGroupRevisions(caller: Caller | null, groupId: string): Promise<RevisionSummaryView[]> {
  requirePermission(caller, "policy:read");
  const id = requireResourceId(groupId, GROUP);
  const group = await db().deliveryGroup.findUnique({ where: { id }, select: { id: true } });
  if (!group) throw groupNotFound();
  // One extra row: the oldest listed revision needs its predecessor for its changes.
  const revisions = await db().groupRevision.findMany({ where: { groupId: id }, orderBy: { version: "desc" }, take: LIMIT + 1 });
  return revisions.slice(0, LIMIT).map((revision, index) => revisionSummary(revision, revisions[index + 1] ?? null));
}
