import { defineRoute } from "@/lib/http/route";
import { policiesContract } from "@/lib/policies/contract";
import { importGroups } from "@/lib/policies/import-groups";

/** `?dryRun=true` (the default) reports what would change; `?dryRun=false` applies the file in one transaction. */
export const POST = defineRoute(policiesContract.importGroups, async ({ query, body, caller, ctx }) => importGroups(caller, body, query, ctx));
