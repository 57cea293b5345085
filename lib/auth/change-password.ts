import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/accounts/hash-password";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { getSessionCaller } from "./caller";
import { changePasswordSchema } from "./password-contract";

/**
 * The signed-in user changes their own password: the current one is checked, the must-change
 * flag (set by an admin's reset) is cleared and the other sessions end, so a session opened
 * elsewhere with the old password does not outlive it. Audited without either password.
 */
export async function changeOwnPassword(headers: Headers, input: unknown, context: AuditContext = {}) {
  const caller = await getSessionCaller(headers);
  if (!caller) throw new AppError("unauthenticated", "Sign in to continue.");
  const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, input);

  const credential = await db().account.findFirst({ where: { userId: caller.userId, providerId: "credential" }, select: { id: true, password: true } });
  if (!credential?.password) throw new AppError("conflict", "This account signs in with single sign-on and has no password here.");
  const { password } = await auth().$context;
  if (!(await password.verify({ hash: credential.password, password: currentPassword }))) {
    throw new AppError("validation_failed", "The current password is not right.", { fields: [{ field: "currentPassword", message: "is not the current password" }] });
  }
  const newHash = await hashPassword(newPassword);

  return db().$transaction(async (tx) => {
    await tx.account.update({ where: { id: credential.id }, data: { password: newHash } });
    await tx.user.update({ where: { id: caller.userId }, data: { mustChangePassword: false } });
    const endedSessions = (await tx.session.deleteMany({ where: { userId: caller.userId, id: { not: caller.sessionId } } })).count;
    await recordAudit(
      { actor: caller, action: "auth.password_change", targetType: "account", targetId: caller.userId, details: { wasRequired: caller.mustChangePassword === true, endedSessions }, context },
      tx,
    );
    return { changed: true as const, endedSessions };
  });
}
