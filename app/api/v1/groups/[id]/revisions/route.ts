import { userRoute } from "@/lib/api/handler";
import { listGroupRevisions } from "@/lib/policies/list-group-revisions";

export const GET = userRoute<{ id: string }>("policy:read", async ({ params, caller }) => ({
  revisions: await listGroupRevisions(caller, params.id),
}));
