import { json, userRoute } from "@/lib/api/handler";
import { exportGroups } from "@/lib/policies/export-groups";

export const GET = userRoute("policy:read", async ({ caller }) => {
  const file = await exportGroups(caller);
  const day = file.exportedAt.slice(0, 10);
  return json(file, { headers: { "content-disposition": `attachment; filename="delivery-groups-${day}.json"` } });
});
