import { defineRoute } from "@/lib/http/route";
import { ingestContract } from "@/lib/ingest/contract";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";

/** Directory sync: up to 1,000 users per request, upserted by UPN. */
export const POST = defineRoute(ingestContract.users, async ({ body, caller, ctx }) => syncDirectoryUsers(caller, body, ctx));
