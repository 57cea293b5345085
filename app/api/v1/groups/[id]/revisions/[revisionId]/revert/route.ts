import { json, userRoute } from "@/lib/api/handler";
import { expectedVersionFrom, versionTag } from "@/lib/policies/if-match";
import { readOptionalJson } from "@/lib/policies/read-optional-json";
import { revertGroupSettings } from "@/lib/policies/revert-group-settings";

/** Restores a revision's settings as a new revision; If-Match names the current version. Body: optional `{ comment }`. */
export const POST = userRoute<{ id: string; revisionId: string }>("policy:write", async ({ req, params, caller, ip, requestId }) => {
  const expectedVersion = expectedVersionFrom(req.headers);
  const body = await readOptionalJson(req);
  const group = await revertGroupSettings(caller, params.id, params.revisionId, expectedVersion, body, { ip, requestId });
  return json(group, { headers: { etag: versionTag(group.version) } });
});
