import { userRoute } from "@/lib/api/handler";
import { getGroupRevision } from "@/lib/policies/get-group-revision";

export const GET = userRoute<{ id: string; revisionId: string }>("policy:read", async ({ params, caller }) =>
  getGroupRevision(caller, params.id, params.revisionId),
);
