import { readJson, userRoute } from "@/lib/api/handler";
import { importGroups } from "@/lib/policies/import-groups";

/** `?dryRun=true` (the default) reports what would change; `?dryRun=false` applies the file in one transaction. */
export const POST = userRoute("policy:write", async ({ req, caller, ip, requestId }) => {
  const dryRun = new URL(req.url).searchParams.get("dryRun");
  return importGroups(caller, await readJson(req), { dryRun }, { ip, requestId });
});
