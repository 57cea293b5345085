import { ingestRoute } from "@/lib/ingest/ingest-route";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";

/** Directory sync: up to 1,000 users per request, upserted by UPN. */
export const POST = ingestRoute(async ({ body, caller, ip, requestId }) => syncDirectoryUsers(caller, body, { ip, requestId }));
