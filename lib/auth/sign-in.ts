import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { auth } from "./auth";
import { signInSchema } from "./contract";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, type ThrottleKey } from "./sign-in-throttle";

/** The throttle keys of one attempt: the account from this address, and the address itself when known. */
function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  const { SIGN_IN_MAX_ATTEMPTS: free, SIGN_IN_MAX_BACKOFF_SECONDS: maxBackoffSeconds } = env();
  const keys: ThrottleKey[] = [{ key: `account:${email}|${ip ?? "unknown"}`, policy: { freeFailures: free, maxBackoffSeconds } }];
  if (ip) keys.push({ key: `address:${ip}`, policy: { freeFailures: free * 4, maxBackoffSeconds } });
  return keys;
}

/**
 * Signs a user in and returns better-auth's response (it carries the session cookie). Failures
 * back off per account-and-address and per address (see sign-in-throttle.ts); every attempt is
 * audited, and a throttled window once.
 */
export async function signIn(body: unknown, headers: Headers, context: AuditContext): Promise<Response> {
  const { email, password } = parseOrThrow(signInSchema, body);
  const keys = throttleKeys(email, context.ip ?? null);
  const throttle = await checkSignInThrottle(keys);
  if (throttle.blocked) {
    if (throttle.firstRefusal) {
      await recordAudit({ actor: { kind: "anonymous", email }, action: "auth.sign_in_rate_limited", targetType: "account", targetId: email, context });
    }
    throw new AppError("rate_limited", `Too many failed sign-ins. Try again in ${throttle.retryAfterSeconds} seconds.`, {
      headers: { "retry-after": String(throttle.retryAfterSeconds) },
    });
  }

  if (!env().PASSWORD_SIGN_IN && email !== env().ADMIN_EMAIL.toLowerCase()) {
    // Password sign-in is off: everyone but the break-glass admin signs in with single sign-on.
    await recordAudit({
      actor: { kind: "anonymous", email },
      action: "auth.sign_in_failed",
      targetType: "account",
      targetId: email,
      details: { reason: "password sign-in is turned off" },
      context,
    });
    throw new AppError("forbidden", "Password sign-in is turned off for this console. Use single sign-on.");
  }

  const account = await db().user.findUnique({ where: { email }, select: { id: true, disabled: true } });
  // A disabled account goes through the same password check (the session hook then refuses it),
  // so it costs the same time as a wrong password and tells an attacker nothing.
  const response = await auth().api.signInEmail({ body: { email, password, rememberMe: false }, headers, asResponse: true });

  if (!response.ok || account?.disabled) {
    await recordSignInFailure(keys);
    await recordAudit({
      actor: { kind: "anonymous", email },
      action: "auth.sign_in_failed",
      targetType: "account",
      targetId: account?.id ?? email,
      details: { reason: account?.disabled ? "account disabled" : "wrong email or password" },
      context,
    });
    throw new AppError("unauthenticated", "Wrong email or password, or the account is disabled.");
  }

  await clearSignInFailures(keys[0]!.key);
  // Keep only the cookies: the session token never goes into a response body.
  const reply = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) reply.append("set-cookie", cookie);

  // An account with a second factor gets no session yet: the two-factor plugin answered with a
  // code step (its cookie), completed by POST /api/session/second-factor (mfa-sign-in.ts).
  if (((await response.json().catch(() => null)) as { twoFactorRedirect?: boolean } | null)?.twoFactorRedirect) {
    await recordAudit({ actor: { kind: "anonymous", email }, action: "auth.sign_in_code_requested", targetType: "account", targetId: account!.id, context });
    return new Response(JSON.stringify({ signedIn: false, secondFactorRequired: true, email }), { status: 200, headers: reply });
  }
  await recordAudit({ actor: { kind: "anonymous", email }, action: "auth.sign_in", targetType: "account", targetId: account!.id, context });
  return new Response(JSON.stringify({ signedIn: true, email }), { status: 200, headers: reply });
}
