import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { getSessionCaller, type UserCaller } from "./caller";
import type { MfaStatus } from "./mfa-contract";
import { recoveryCodesLeft } from "./mfa-recovery-codes";

/** The signed-in caller of an own-account MFA endpoint (they take no permission), or 401. */
export async function requireSessionUser(headers: Headers): Promise<UserCaller> {
  const caller = await getSessionCaller(headers);
  if (!caller) throw new AppError("unauthenticated", "Sign in to continue.");
  return caller;
}

/** The account's second factor as its owner sees it. */
export async function mfaStatusOf(caller: UserCaller): Promise<MfaStatus> {
  const user = await db().user.findUnique({
    where: { id: caller.userId },
    select: {
      twoFactorEnabled: true,
      twoFactor: { select: { backupCodes: true, verified: true } },
      accounts: { where: { providerId: "credential" }, select: { id: true } },
    },
  });
  const enrolled = !!user?.twoFactorEnabled && !!user.twoFactor?.verified;
  const passwordAccount = (user?.accounts.length ?? 0) > 0;
  return {
    enrolled,
    recoveryCodesLeft: enrolled ? recoveryCodesLeft(user!.twoFactor!.backupCodes) : 0,
    passwordAccount,
    required: env().MFA_REQUIRED_FOR_ADMINS && caller.role === "admin" && passwordAccount,
  };
}

/** better-auth's error code from an answer it gave as a Response. */
export async function pluginErrorCode(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
  return typeof body?.code === "string" ? body.code : null;
}

/** A JSON answer that carries the cookies better-auth set (a changed second factor means a new session). */
export function withAuthCookies(from: Response, body: unknown): Response {
  const headers = new Headers({ "content-type": "application/json" });
  for (const cookie of from.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return new Response(JSON.stringify(body), { status: 200, headers });
}

export function wrongPassword(): AppError {
  return new AppError("validation_failed", "Invalid input: password: is not your password", { fields: [{ field: "password", message: "is not your password" }] });
}
