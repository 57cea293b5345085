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
};

export type TokenCaller = { kind: "token"; tokenId: string; name: string };
export type Caller = UserCaller | TokenCaller;

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
  };
}

export function hasPermission(caller: Caller | null, permission: Permission): boolean {
  return caller?.kind === "user" && can(caller.role, permission);
}

/** Throws 401 without a caller and 403 without the permission; returns the user caller. */
export function requirePermission(caller: Caller | null, permission: Permission): UserCaller {
  if (!caller) throw new AppError("unauthenticated", "Sign in to continue.");
  if (caller.kind !== "user" || !can(caller.role, permission)) {
    throw new AppError("forbidden", `This action needs the ${permission} permission.`);
  }
  return caller;
}
