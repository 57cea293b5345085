import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { isApiKeySecret } from "@/lib/api-keys/api-key-secret";
import { getSessionCaller, requirePermission, type ActingCaller, type TokenCaller, type UserCaller } from "@/lib/auth/caller";
import { assertMfaGate } from "@/lib/auth/mfa-gate";
import type { Permission } from "@/lib/auth/permissions";
import type { Access } from "@/lib/contract/endpoint";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { enforceIngestRateLimit } from "@/lib/ingest/enforce-ingest-rate-limit";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { checkCookieWriteOrigin } from "./csrf";

export type CallerOf<A extends Access> = A extends { kind: "user" } ? ActingCaller : A extends { kind: "token" } ? TokenCaller : null;

/**
 * Who is calling, checked before the request is read: session → CSRF → role → permission for
 * users, or API key → its scopes for integrations (Authorization: Bearer rpck_…); token → its rate limit for ingestion (so a refused request is never read); nothing for
 * public endpoints. Sign-in and sign-out set the cookie, so they pass the CSRF check as well.
 */
export async function authorizeRequest<A extends Access>(req: Request, access: A): Promise<CallerOf<A>> {
  switch (access.kind) {
    case "user": {
      const bearer = bearerSecretOf(req.headers);
      if (bearer !== null) return (await apiKeyCaller(req, bearer, access.permission)) as CallerOf<A>;
      // Only a request that carries cookies can ride on the session; without them it is a plain 401.
      if (req.headers.has("cookie")) checkCookieWriteOrigin(req, env().APP_URL);
      const caller = await getSessionCaller(req.headers);
      if (caller?.mustChangePassword) {
        throw new AppError("password_change_required", "An admin set this account's password: choose a new one (POST /api/session/password) before anything else.");
      }
      const permitted = requirePermission(caller, access.permission) as UserCaller;
      await assertMfaGate(permitted); // MFA_REQUIRED_FOR_ADMINS: an admin enrols before anything else
      return permitted as CallerOf<A>;
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

function bearerSecretOf(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}

/**
 * A request with an API key is authenticated by the key alone. The CSRF check guards the ambient
 * session cookie, which a bearer request does not use; so that no request can pass as a bearer
 * one (skipping the check) while the session acts, one that carries both is refused outright.
 * Ingestion tokens never open the user API.
 */
async function apiKeyCaller(req: Request, secret: string, permission: Permission): Promise<ActingCaller> {
  if (req.headers.has("cookie")) {
    throw new AppError("unauthenticated", "Send either an API key (Authorization: Bearer) or the session cookie, not both.");
  }
  if (!isApiKeySecret(secret)) throw new AppError("unauthenticated", "This API takes an API key (rpck_…) as Bearer; ingestion tokens only open /api/v1/ingest.");
  return requirePermission(await authenticateApiKey(secret), permission);
}
