import "server-only";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { readCodeStep } from "./mfa-code-step";
import { signInCodeSchema } from "./mfa-contract";
import { recoveryCodeHash, recoveryCodesLeft } from "./mfa-recovery-codes";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, type ThrottleKey } from "./sign-in-throttle";

/**
 * The code step's throttle keys, on sign-in's curve and table (sign-in-throttle.ts): the account
 * from this address and the address itself as for passwords (the address key is sign-in's own,
 * so codes and passwords guessed from one place add up), and the account from anywhere, because
 * whoever reaches this step already has the password and may try from many addresses.
 */
function codeStepKeys(userId: string, ip: string | null): ThrottleKey[] {
  const { SIGN_IN_MAX_ATTEMPTS: free, SIGN_IN_MAX_BACKOFF_SECONDS: maxBackoffSeconds } = env();
  const keys: ThrottleKey[] = [
    { key: `mfa:${userId}|${ip ?? "unknown"}`, policy: { freeFailures: free, maxBackoffSeconds } },
    { key: `mfa:${userId}`, policy: { freeFailures: free * 10, maxBackoffSeconds } },
  ];
  if (ip) keys.push({ key: `address:${ip}`, policy: { freeFailures: free * 4, maxBackoffSeconds } });
  return keys;
}

const STEP_GONE = "No sign-in is waiting for a code (it expired after 10 minutes, or ended after 5 wrong codes). Sign in with your password again.";

/** Why the plugin refused, in the words the sign-in page shows. */
async function refusalOf(response: Response, method: "totp" | "recovery_code"): Promise<{ reason: string; message: string }> {
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  if (body?.code === "INVALID_TWO_FACTOR_COOKIE" || body?.code === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE") {
    return { reason: "code step ended", message: STEP_GONE };
  }
  return method === "totp"
    ? { reason: "wrong authenticator code", message: "That code is not right. Enter the 6 digits your authenticator app shows now." }
    : { reason: "wrong or used recovery code", message: "That recovery code is not right, or it was used already (each works once)." };
}

/**
 * Completes a sign-in whose password was accepted: checks the TOTP code or a recovery code with
 * the two-factor plugin, which starts the session. Throttled and audited like the password step.
 */
export async function verifySignInCode(body: unknown, headers: Headers, context: AuditContext): Promise<Response> {
  const { method, code } = parseOrThrow(signInCodeSchema, body);
  const step = await readCodeStep(headers);
  if (!step) throw new AppError("unauthenticated", STEP_GONE);
  const actor = { kind: "anonymous", email: step.email } as const;
  const audited = { actor, targetType: "account", targetId: step.userId, context };

  const keys = codeStepKeys(step.userId, context.ip ?? null);
  const throttle = await checkSignInThrottle(keys);
  if (throttle.blocked) {
    if (throttle.firstRefusal) await recordAudit({ ...audited, action: "auth.sign_in_rate_limited", details: { step: "second_factor" } });
    throw new AppError("rate_limited", `Too many wrong codes. Try again in ${throttle.retryAfterSeconds} seconds.`, {
      headers: { "retry-after": String(throttle.retryAfterSeconds) },
    });
  }

  const response =
    method === "totp"
      ? await auth().api.verifyTOTP({ body: { code }, headers, asResponse: true })
      : await auth().api.verifyBackupCode({ body: { code: recoveryCodeHash(code) }, headers, asResponse: true });

  if (!response.ok || step.disabled) {
    const refusal = step.disabled ? { reason: "account disabled", message: STEP_GONE } : await refusalOf(response, method);
    await recordSignInFailure(keys);
    await recordAudit({ ...audited, action: "auth.sign_in_failed", details: { step: "second_factor", method, reason: refusal.reason } });
    throw new AppError("unauthenticated", refusal.message);
  }

  await clearSignInFailures(keys[0]!.key);
  let codesLeft: number | null = null;
  if (method === "recovery_code") {
    const stored = await db().twoFactor.findUnique({ where: { userId: step.userId }, select: { backupCodes: true } });
    codesLeft = stored ? recoveryCodesLeft(stored.backupCodes) : 0;
  }
  await recordAudit({ ...audited, action: "auth.sign_in", details: { secondFactor: method, ...(codesLeft === null ? {} : { recoveryCodesLeft: codesLeft }) } });
  // Keep only the session cookie: the plugin's answer carries the session token in its body.
  const reply = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) reply.append("set-cookie", cookie);
  return new Response(JSON.stringify({ signedIn: true, email: step.email, recoveryCodesLeft: codesLeft }), { status: 200, headers: reply });
}
