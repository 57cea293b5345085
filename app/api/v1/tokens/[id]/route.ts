import { defineRoute } from "@/lib/http/route";
import { tokensContract } from "@/lib/tokens/contract";
import { revokeToken } from "@/lib/tokens/revoke-token";

/** Revokes the token (it stays listed, marked revoked). */
export const DELETE = defineRoute(tokensContract.revoke, async ({ params, caller, ctx }) => revokeToken(caller, params.id, ctx));
