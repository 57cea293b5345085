import { json, readJson, userRoute } from "@/lib/api/handler";
import { expectedVersionFrom, versionTag } from "@/lib/policies/if-match";
import { patchGroupSettings } from "@/lib/policies/patch-group-settings";
import { updateGroupSettings } from "@/lib/policies/update-group-settings";

type Params = { id: string };

/** Replaces every setting; If-Match names the version the change is based on. */
export const PUT = userRoute<Params>("policy:write", async ({ req, params, caller, ip, requestId }) => {
  const expectedVersion = expectedVersionFrom(req.headers);
  const group = await updateGroupSettings(caller, params.id, expectedVersion, await readJson(req), { ip, requestId });
  return json(group, { headers: { etag: versionTag(group.version) } });
});

/** Changes only the settings in the body; If-Match as for PUT. */
export const PATCH = userRoute<Params>("policy:write", async ({ req, params, caller, ip, requestId }) => {
  const expectedVersion = expectedVersionFrom(req.headers);
  const group = await patchGroupSettings(caller, params.id, expectedVersion, await readJson(req), { ip, requestId });
  return json(group, { headers: { etag: versionTag(group.version) } });
});
