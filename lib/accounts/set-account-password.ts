import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { hashPassword } from "./hash-password";
import { setPasswordSchema } from "./contract";

/**
 * An admin sets a new password for a local account (a user who forgot theirs): the account's
 * sessions end and it must choose its own password at next sign-in, so the password the admin
 * knows opens nothing but the change-password page. Audited without the password.
 * Decided: an admin's own password is changed on the change-password page (it needs the current
 * one), and an account that signs in with SSO only gets no local password this way.
 */
export async function setAccountPassword(caller: Caller | null, accountId: string, input: unknown, context: AuditContext = {}) {
  const admin = requirePermission(caller, "account:manage");
  const id = requireResourceId(accountId, "account");
  const { password } = parseOrThrow(setPasswordSchema, input);
  const passwordHash = await hashPassword(password);

  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, accounts: { where: { providerId: "credential" }, select: { id: true } } } });
    if (!user) throw new AppError("not_found", "No such account.");
    if (user.id === admin.userId) throw new AppError("conflict", "Change your own password on the change-password page: it asks for the current one.");
    const credential = user.accounts[0];
    if (!credential) throw new AppError("conflict", `${user.email} signs in with single sign-on only and has no local password to set.`);

    await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } });
    await tx.user.update({ where: { id }, data: { mustChangePassword: true } });
    const endedSessions = (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordAudit({ actor: admin, action: "account.password_set", targetType: "account", targetId: id, details: { email: user.email, endedSessions }, context }, tx);
    return { id, email: user.email, mustChangePassword: true as const, endedSessions };
  });
}
