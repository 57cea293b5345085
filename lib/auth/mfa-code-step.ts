import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { auth } from "./auth";

/** The account whose password was accepted and whose code is now asked for. */
export type CodeStep = { userId: string; email: string; disabled: boolean };

/** better-auth's name for the code step's cookie (prefixed and, with secure cookies, `__Secure-`). */
const CODE_STEP_COOKIE = "two_factor";

function cookieValue(headers: Headers, name: string): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/** The value of a cookie signed as better-call signs them (`value.base64(HMAC-SHA256)`), or null. */
function verifiedSignedValue(raw: string, secret: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = decoded.lastIndexOf(".");
  if (dot < 1) return null;
  const value = decoded.slice(0, dot);
  const given = Buffer.from(decoded.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(value, "utf8").digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/**
 * Who the code step is for, read from its signed cookie before the plugin sees the request: the
 * throttle keys and the audit rows need the account, and a wrong code must be throttled before
 * it is checked. Null when there is no open code step (no cookie, a forged one, or expired).
 */
export async function readCodeStep(headers: Headers): Promise<CodeStep | null> {
  const context = await auth().$context;
  const raw = cookieValue(headers, context.createAuthCookie(CODE_STEP_COOKIE).name);
  if (!raw) return null;
  const identifier = verifiedSignedValue(raw, context.secret);
  if (!identifier) return null;
  const step = await context.internalAdapter.findVerificationValue(identifier);
  if (!step || step.expiresAt.getTime() <= Date.now()) return null;
  const user = await db().user.findUnique({ where: { id: step.value }, select: { id: true, email: true, disabled: true } });
  return user ? { userId: user.id, email: user.email, disabled: user.disabled } : null;
}
