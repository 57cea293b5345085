import { json, readJson, userRoute } from "@/lib/api/handler";
import { createGroup } from "@/lib/policies/create-group";
import { versionTag } from "@/lib/policies/if-match";
import { listGroups } from "@/lib/policies/list-groups";

export const GET = userRoute("policy:read", async ({ caller }) => ({ groups: await listGroups(caller) }));

export const POST = userRoute("policy:write", async ({ req, caller, ip, requestId }) => {
  const group = await createGroup(caller, await readJson(req), { ip, requestId });
  return json(group, { status: 201, headers: { etag: versionTag(group.version), location: `/api/v1/groups/${group.id}` } });
});
