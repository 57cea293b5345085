import { userRoute } from "@/lib/api/handler";
import { getUserOverview } from "@/lib/helpdesk/get-user-overview";

export const GET = userRoute<{ id: string }>("directory:read", async ({ params, caller, ip, requestId }) =>
  getUserOverview(caller, params.id, { ip, requestId }),
);
