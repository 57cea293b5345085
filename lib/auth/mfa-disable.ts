import "server-only";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { mfaStatusOf, pluginErrorCode, requireSessionUser, withAuthCookies, wrongPassword } from "./mfa-account";
import { passwordConfirmationSchema } from "./mfa-contract";

/** Turns the caller's own second factor off after checking the password; the session is replaced. */
export async function disableOwnMfa(body: unknown, headers: Headers, context: AuditContext): Promise<Response> {
  const { password } = parseOrThrow(passwordConfirmationSchema, body);
  const caller = await requireSessionUser(headers);
  if (!(await mfaStatusOf(caller)).enrolled) throw new AppError("conflict", "Two-factor authentication is not on.");

  const response = await auth().api.disableTwoFactor({ body: { password }, headers, asResponse: true });
  if (!response.ok) {
    if ((await pluginErrorCode(response)) === "INVALID_PASSWORD") throw wrongPassword();
    throw new AppError("conflict", "Two-factor authentication could not be turned off. Reload the page and try again.");
  }
  await recordAudit({ actor: caller, action: "auth.mfa_disabled", targetType: "account", targetId: caller.userId, context });
  return withAuthCookies(response, await mfaStatusOf(caller));
}
