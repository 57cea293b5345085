import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";

/** Ends every session of an account: its next request is signed out. Audited with the count. */
export async function endSessions(caller: Caller | null, accountId: string, context: AuditContext = {}) {
  const admin = requirePermission(caller, "account:manage");
  requireResourceId(accountId, "account");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: accountId }, select: { id: true } });
    if (!user) throw new AppError("not_found", "No such account.");
    const endedSessions = (await tx.session.deleteMany({ where: { userId: accountId } })).count;
    await recordAudit({ actor: admin, action: "account.end_sessions", targetType: "account", targetId: accountId, details: { endedSessions }, context }, tx);
    return { id: accountId, endedSessions };
  });
}
