import { defineRoute } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { getGroupRevision } from "@/lib/policies/get-group-revision";

export const GET = defineRoute(policiesContract.getRevision, async ({ params, caller }) => getGroupRevision(caller, params.id, params.revisionId));
