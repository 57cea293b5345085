import { readJson, userRoute } from "@/lib/api/handler";
import { groupChangeImpact } from "@/lib/policies/group-change-impact";

/** Proposed settings in, member counts out; nothing is saved. */
export const POST = userRoute<{ id: string }>("policy:read", async ({ req, params, caller }) =>
  groupChangeImpact(caller, params.id, await readJson(req)),
);
