import { defineRoute, reply } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { createGroup } from "@/lib/policies/create-group";
import { versionTag } from "@/lib/policies/if-match";
import { listGroups } from "@/lib/policies/list-groups";

export const GET = defineRoute(policiesContract.listGroups, async ({ caller }) => ({ groups: await listGroups(caller) }));

export const POST = defineRoute(policiesContract.createGroup, async ({ body, caller, ctx }) => {
  const group = await createGroup(caller, body, ctx);
  return reply(201, group, { etag: versionTag(group.version), location: `/api/v1/groups/${group.id}` });
});
