import { userRoute } from "@/lib/api/handler";
import { getUserDiagnosis } from "@/lib/helpdesk/get-user-diagnosis";

export const GET = userRoute<{ id: string }>("directory:read", async ({ req, params, caller }) =>
  getUserDiagnosis(caller, params.id, Object.fromEntries(new URL(req.url).searchParams)),
);
