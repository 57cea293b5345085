import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { auth } from "./auth";
import { signInSchema } from "./contract";

/**
 * Signs a user in and returns better-auth's response (it carries the session cookie).
 * Rate-limited per address and per account; every attempt is audited.
 */
export async function signIn(body: unknown, headers: Headers, context: AuditContext): Promise<Response> {
  const { email, password } = parseOrThrow(signInSchema, body);
  const { SIGN_IN_MAX_ATTEMPTS: max, SIGN_IN_WINDOW_SECONDS: window } = env();
  const byAddress = await hitRateLimit(`sign-in:ip:${context.ip ?? "local"}`, max * 4, window);
  const byAccount = await hitRateLimit(`sign-in:email:${email}`, max, window);
  if (!byAddress.allowed || !byAccount.allowed) {
    await recordAudit({ actor: { kind: "anonymous", email }, action: "auth.sign_in_rate_limited", targetType: "account", targetId: email, context });
    const retryAfter = Math.max(byAddress.retryAfterSeconds, byAccount.retryAfterSeconds);
    throw new AppError("rate_limited", `Too many sign-in attempts. Try again in ${retryAfter} seconds.`, {
      headers: { "retry-after": String(retryAfter) },
    });
  }

  const account = await db().user.findUnique({ where: { email }, select: { id: true, disabled: true } });
  const response = account?.disabled
    ? null
    : await auth().api.signInEmail({ body: { email, password, rememberMe: false }, headers, asResponse: true });

  if (!response || !response.ok) {
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

  await recordAudit({ actor: { kind: "anonymous", email }, action: "auth.sign_in", targetType: "account", targetId: account!.id, context });
  // Keep only the session cookie: the session token never goes into a response body.
  const reply = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) reply.append("set-cookie", cookie);
  return new Response(JSON.stringify({ signedIn: true, email }), { status: 200, headers: reply });
}
