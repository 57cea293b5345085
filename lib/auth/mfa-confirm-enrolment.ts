import "server-only";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { mfaStatusOf, requireSessionUser, withAuthCookies } from "./mfa-account";
import { enrolmentCodeSchema } from "./mfa-contract";

/**
 * Confirms an enrolment with a code from the app: the plugin marks the secret verified, turns the
 * account's second factor on and replaces the session (its cookie is passed on). The plugin does
 * its own writes, so the audit row follows them rather than sharing their transaction.
 */
export async function confirmMfaEnrolment(body: unknown, headers: Headers, context: AuditContext): Promise<Response> {
  const { code } = parseOrThrow(enrolmentCodeSchema, body);
  const caller = await requireSessionUser(headers);
  const pending = await db().twoFactor.findUnique({ where: { userId: caller.userId }, select: { verified: true } });
  if (!pending) throw new AppError("conflict", "No enrolment is waiting for a code. Start again.");
  if (pending.verified) throw new AppError("conflict", "Two-factor authentication is already on.");

  const response = await auth().api.verifyTOTP({ body: { code }, headers, asResponse: true });
  if (!response.ok) {
    throw new AppError("validation_failed", "Invalid input: code: is not the code your app shows now", {
      fields: [{ field: "code", message: "is not the code your app shows now (check the phone's clock if it keeps failing)" }],
    });
  }
  await recordAudit({ actor: caller, action: "auth.mfa_enrolled", targetType: "account", targetId: caller.userId, details: { method: "totp" }, context });
  return withAuthCookies(response, await mfaStatusOf(caller));
}
