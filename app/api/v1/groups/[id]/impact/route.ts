import { defineRoute } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { groupChangeImpact } from "@/lib/policies/group-change-impact";

/** Proposed settings in, member counts out; nothing is saved. */
export const POST = defineRoute(policiesContract.impact, async ({ params, body, caller }) => groupChangeImpact(caller, params.id, body));
