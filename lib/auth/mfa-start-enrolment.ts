import "server-only";
import QRCode from "qrcode";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { mfaStatusOf, pluginErrorCode, requireSessionUser, wrongPassword } from "./mfa-account";
import { passwordConfirmationSchema, type EnrolmentView } from "./mfa-contract";

/**
 * Starts TOTP enrolment: the plugin checks the password, stores a new secret (encrypted) and
 * hashed recovery codes, unconfirmed until mfa-confirm-enrolment.ts. The recovery codes leave the
 * server this once; the page shows them after the confirmation code is accepted.
 */
export async function startMfaEnrolment(body: unknown, headers: Headers, context: AuditContext): Promise<EnrolmentView> {
  const { password } = parseOrThrow(passwordConfirmationSchema, body);
  const caller = await requireSessionUser(headers);
  const status = await mfaStatusOf(caller);
  if (!status.passwordAccount) throw new AppError("conflict", "This account signs in with single sign-on only: its identity provider asks for the second factor.");
  if (status.enrolled) throw new AppError("conflict", "Two-factor authentication is already on. Turn it off first to enrol a new authenticator.");

  const response = await auth().api.enableTwoFactor({ body: { password, method: "totp" }, headers, asResponse: true });
  if (!response.ok) {
    const code = await pluginErrorCode(response);
    if (code === "INVALID_PASSWORD") throw wrongPassword();
    throw new AppError("conflict", "Enrolment could not start. Reload the page and try again.");
  }
  const { totpURI, backupCodes } = (await response.json()) as { totpURI: string; backupCodes: string[] };
  await recordAudit({ actor: caller, action: "auth.mfa_enrolment_started", targetType: "account", targetId: caller.userId, context });
  return {
    otpauthUri: totpURI,
    qrCode: await QRCode.toDataURL(totpURI, { errorCorrectionLevel: "M", margin: 1, width: 224 }),
    secret: new URL(totpURI).searchParams.get("secret") ?? "",
    recoveryCodes: backupCodes,
  };
}
