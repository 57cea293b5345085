import "server-only";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requireResourceId } from "@/lib/contract/resource-id";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "./caller";

/**
 * An admin resets another account's second factor (a lost phone): the secret and recovery codes
 * are deleted and the account signs in with its password alone until it enrols again. Its
 * sessions are kept (ending them is its own action in the accounts list). Your own second factor
 * is turned off in Security with your password, so a stolen admin session cannot drop it here.
 */
export async function resetAccountMfa(caller: Caller | null, accountId: string, context: AuditContext = {}) {
  const admin = requirePermission(caller, "account:manage");
  requireResourceId(accountId, "account");
  if (accountId === admin.userId) throw new AppError("conflict", "Your own second factor is turned off in Security, with your password.");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: accountId }, select: { id: true, twoFactorEnabled: true } });
    if (!user) throw new AppError("not_found", "No such account.");
    await tx.twoFactor.deleteMany({ where: { userId: accountId } });
    await tx.user.update({ where: { id: accountId }, data: { twoFactorEnabled: false } });
    await recordAudit({ actor: admin, action: "account.mfa_reset", targetType: "account", targetId: accountId, details: { wasEnrolled: user.twoFactorEnabled }, context }, tx);
    return { id: accountId, mfa: "not_enrolled" as const };
  });
}
