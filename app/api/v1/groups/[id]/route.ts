import { json, userRoute } from "@/lib/api/handler";
import { getGroup } from "@/lib/policies/get-group";
import { versionTag } from "@/lib/policies/if-match";

/** The ETag is the settings version: send it back as If-Match when changing them. */
export const GET = userRoute<{ id: string }>("policy:read", async ({ params, caller }) => {
  const group = await getGroup(caller, params.id);
  return json(group, { headers: { etag: versionTag(group.version), "cache-control": "no-store" } });
});
