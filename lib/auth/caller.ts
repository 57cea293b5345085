import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { auth } from "./auth";
import { can, isRole, permissionsOf, type Permission, type Role } from "./permissions";

export type UserCaller = {
  kind: "user";
  userId: string;
  email: string;
  name: string;
  role: Role;
  permissions: readonly Permission[];
  sessionId: string;
  /** Set after an admin set the password: the route wrapper and pages then allow changing it only. */
  mustChangePassword?: boolean;
};

export type TokenCaller = { kind: "token"; tokenId: string; name: string };

/**
 * An integration calling the user API with an API key. It acts for the admin who created it
 * (userId, email), with the key's scopes narrowed to what that admin's role still grants
 * (`permissions`); the audit log names the key itself as the actor.
 */
export type ApiKeyCaller = {
  kind: "apiKey";
  keyId: string;
  name: string;
  prefix: string;
  userId: string;
  email: string;
  permissions: readonly Permission[];
};

/** Who an operation acts for once requirePermission has passed: a signed-in user or an API key. */
export type ActingCaller = UserCaller | ApiKeyCaller;
export type Caller = UserCaller | TokenCaller | ApiKeyCaller;

/** Sessions are touched at most this often, so a busy page does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The signed-in user behind a request, or null. Enforces what better-auth does not: idle expiry
 * (no activity for SESSION_IDLE_MINUTES ends the session on the server) and disabled accounts.
 */
export async function getSessionCaller(headers: Headers): Promise<UserCaller | null> {
  const found = await auth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return null;
  const { session, user } = found;
  const role = String((user as { role?: unknown }).role ?? "");
  if ((user as { disabled?: unknown }).disabled === true || !isRole(role)) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }

  const idleMs = Date.now() - new Date(session.updatedAt).getTime();
  if (idleMs > env().SESSION_IDLE_MINUTES * 60_000) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleMs > TOUCH_INTERVAL_MS) {
    await db().session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date() } });
  }

  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    permissions: permissionsOf(role),
    sessionId: session.id,
    ...((user as { mustChangePassword?: unknown }).mustChangePassword === true ? { mustChangePassword: true } : {}),
  };
}

export function hasPermission(caller: Caller | null, permission: Permission): boolean {
  if (caller?.kind === "user") return can(caller.role, permission);
  if (caller?.kind === "apiKey") return caller.permissions.includes(permission);
  return false;
}

/** Throws 401 without a caller and 403 without the permission; returns the user or API key caller. */
export function requirePermission(caller: Caller | null, permission: Permission): ActingCaller {
  if (!caller) throw new AppError("unauthenticated", "Sign in to continue.");
  if (caller.kind === "token" || !hasPermission(caller, permission)) {
    const whose = caller.kind === "apiKey" ? " This API key's scopes do not include it." : "";
    throw new AppError("forbidden", `This action needs the ${permission} permission.${whose}`);
  }
  return caller;
}
