import { defineRoute, reply } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { exportGroups } from "@/lib/policies/export-groups";

export const GET = defineRoute(policiesContract.exportGroups, async ({ caller }) => {
  const file = await exportGroups(caller);
  const day = file.exportedAt.slice(0, 10);
  return reply(200, file, { "content-disposition": `attachment; filename="delivery-groups-${day}.json"` });
});
