import { defineRoute } from "@/lib/http/route";
import { checkPrerequisites } from "@/lib/policies/check-prerequisites";
import { policiesContract } from "@/lib/policies/contract";

/** Evaluates a settings body (EvaluationInput) against every prerequisite rule without saving anything. */
export const POST = defineRoute(policiesContract.checkPrerequisites, async ({ body, caller }) => checkPrerequisites(caller, body));
