import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { UserCaller } from "./caller";

/** Where an admin is sent to enrol (app/(console)/settings/security). */
export const MFA_ENROLMENT_PATH = "/settings/security";

/**
 * MFA_REQUIRED_FOR_ADMINS: an admin with a console password and no confirmed second factor.
 *
 * Decision: the requirement follows the password, not the session. An admin who also has a
 * password is gated even on a single sign-on session (the password could be used to sign in
 * without a second factor); an SSO-only admin is not, because the identity provider owns that
 * sign-in and the console's TOTP would never be asked for.
 */
export async function mfaEnrolmentRequired(caller: UserCaller): Promise<boolean> {
  if (!env().MFA_REQUIRED_FOR_ADMINS || caller.role !== "admin") return false;
  const user = await db().user.findUnique({
    where: { id: caller.userId },
    select: { twoFactorEnabled: true, accounts: { where: { providerId: "credential" }, select: { id: true } } },
  });
  return !!user && !user.twoFactorEnabled && user.accounts.length > 0;
}

/** For the API: 403 until the admin has enrolled (the enrolment endpoints under /api/session stay open). */
export async function assertMfaGate(caller: UserCaller): Promise<void> {
  if (await mfaEnrolmentRequired(caller)) {
    throw new AppError("forbidden", `This console requires admins to use two-factor authentication: set it up in Security (${MFA_ENROLMENT_PATH}) first.`, {
      details: { reason: "mfa_enrolment_required", enrolAt: MFA_ENROLMENT_PATH },
    });
  }
}
