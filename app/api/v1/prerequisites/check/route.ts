import { readJson, userRoute } from "@/lib/api/handler";
import { checkPrerequisites } from "@/lib/policies/check-prerequisites";

/** Evaluates a settings body (EvaluationInput) against every prerequisite rule without saving anything. */
export const POST = userRoute("policy:read", async ({ req, caller }) => checkPrerequisites(caller, await readJson(req)));
