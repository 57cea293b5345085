import { apiKeysContract } from "@/lib/api-keys/contract";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { defineRoute } from "@/lib/http/route";

/** Revokes the key (it stays listed, marked revoked). */
export const DELETE = defineRoute(apiKeysContract.revoke, async ({ params, caller, ctx }) => revokeApiKey(caller, params.id, ctx));
