import { defineRoute } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { listGroupRevisions } from "@/lib/policies/list-group-revisions";

export const GET = defineRoute(policiesContract.listRevisions, async ({ params, caller }) => ({
  revisions: await listGroupRevisions(caller, params.id),
}));
