import { defineRoute, reply } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { deleteGroup } from "@/lib/policies/delete-group";
import { getGroup } from "@/lib/policies/get-group";
import { versionTag } from "@/lib/policies/if-match";

/** The ETag is the settings version: send it back as If-Match when changing them. */
export const GET = defineRoute(policiesContract.getGroup, async ({ params, caller }) => {
  const group = await getGroup(caller, params.id);
  return reply(200, group, { etag: versionTag(group.version), "cache-control": "no-store" });
});

/** Deletes a group without members; one with members is refused with 409 and the count. */
export const DELETE = defineRoute(policiesContract.deleteGroup, async ({ params, caller, ctx }) => {
  await deleteGroup(caller, params.id, ctx);
  return { deleted: true as const };
});
