import { userRoute } from "@/lib/api/handler";
import { revokeToken } from "@/lib/tokens/revoke-token";

/** Revokes the token (it stays listed, marked revoked). */
export const DELETE = userRoute<{ id: string }>("token:manage", async ({ params, caller, ip, requestId }) =>
  revokeToken(caller, params.id, { ip, requestId }),
);
