import "server-only";
import { getSessionCaller, requirePermission, type TokenCaller, type UserCaller } from "@/lib/auth/caller";
import { assertMfaGate } from "@/lib/auth/mfa-gate";
import type { Access } from "@/lib/contract/endpoint";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { enforceIngestRateLimit } from "@/lib/ingest/enforce-ingest-rate-limit";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { checkCookieWriteOrigin } from "./csrf";

export type CallerOf<A extends Access> = A extends { kind: "user" } ? UserCaller : A extends { kind: "token" } ? TokenCaller : null;

/**
 * Who is calling, checked before the request is read: session → CSRF → role → permission for
 * users; token → its rate limit for ingestion (so a refused request is never read); nothing for
 * public endpoints. Sign-in and sign-out set the cookie, so they pass the CSRF check as well.
 */
export async function authorizeRequest<A extends Access>(req: Request, access: A): Promise<CallerOf<A>> {
  switch (access.kind) {
    case "user": {
      // Only a request that carries cookies can ride on the session; without them it is a plain 401.
      if (req.headers.has("cookie")) checkCookieWriteOrigin(req, env().APP_URL);
      const caller = requirePermission(await getSessionCaller(req.headers), access.permission);
      await assertMfaGate(caller); // MFA_REQUIRED_FOR_ADMINS: an admin enrols before anything else
      return caller as CallerOf<A>;
    }
    case "token": {
      const caller = await authenticateToken(req.headers);
      if (!caller) throw new AppError("unauthenticated", "A valid ingestion token is required (Authorization: Bearer …).");
      await enforceIngestRateLimit(caller.tokenId);
      return caller as CallerOf<A>;
    }
    case "session":
      checkCookieWriteOrigin(req, env().APP_URL);
      return null as CallerOf<A>;
    case "public":
      return null as CallerOf<A>;
  }
}
