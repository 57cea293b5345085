import { defineRoute, reply } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { expectedVersionFrom, versionTag } from "@/lib/policies/if-match";
import { revertGroupSettings } from "@/lib/policies/revert-group-settings";

/** Restores a revision's settings as a new revision; If-Match names the current version. Body: optional `{ comment }`. */
export const POST = defineRoute(policiesContract.revert, async ({ req, params, body, caller, ctx }) => {
  const expectedVersion = expectedVersionFrom(req.headers);
  const group = await revertGroupSettings(caller, params.id, params.revisionId, expectedVersion, body, ctx);
  return reply(200, group, { etag: versionTag(group.version) });
});
