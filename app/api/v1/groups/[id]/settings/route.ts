import { defineRoute, reply } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { expectedVersionFrom, versionTag } from "@/lib/policies/if-match";
import { patchGroupSettings } from "@/lib/policies/patch-group-settings";
import { updateGroupSettings } from "@/lib/policies/update-group-settings";

/** Replaces every setting; If-Match names the version the change is based on. */
export const PUT = defineRoute(policiesContract.replaceSettings, async ({ req, params, body, caller, ctx }) => {
  const group = await updateGroupSettings(caller, params.id, expectedVersionFrom(req.headers), body, ctx);
  return reply(200, group, { etag: versionTag(group.version) });
});

/** Changes only the settings in the body; If-Match as for PUT. */
export const PATCH = defineRoute(policiesContract.patchSettings, async ({ req, params, body, caller, ctx }) => {
  const group = await patchGroupSettings(caller, params.id, expectedVersionFrom(req.headers), body, ctx);
  return reply(200, group, { etag: versionTag(group.version) });
});
