import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { updateAccountSchema } from "./contract";

/** Changes an account's role or disables it; disabling ends all of its sessions at once. */
export async function updateAccount(caller: Caller | null, accountId: string, input: unknown, context: AuditContext = {}) {
  const admin = requirePermission(caller, "account:manage");
  requireResourceId(accountId, "account");
  const change = parseOrThrow(updateAccountSchema, input);
  if (accountId === admin.userId && (change.disabled === true || (change.role && change.role !== "admin"))) {
    throw new AppError("conflict", "You cannot disable your own account or remove your own admin role.");
  }

  return db().$transaction(async (tx) => {
    // Lock every active admin row before counting them: two admins demoting each other at once
    // would otherwise each see two admins and both succeed. Under READ COMMITTED the second
    // transaction waits here, then re-reads the rows the first one changed, so it counts one.
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM auth_user WHERE role = 'admin' AND disabled = false ORDER BY id FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: accountId } });
    if (!before) throw new AppError("not_found", "No such account.");
    const removesAdmin = before.role === "admin" && !before.disabled && (change.disabled === true || (change.role !== undefined && change.role !== "admin"));
    if (removesAdmin && activeAdmins.length <= 1) {
      throw new AppError("conflict", "This is the last active admin: make another account admin first.");
    }
    const after = await tx.user.update({ where: { id: accountId }, data: change });
    const endedSessions = change.disabled ? (await tx.session.deleteMany({ where: { userId: accountId } })).count : 0;
    await recordAudit(
      {
        actor: admin,
        action: change.disabled === true ? "account.disable" : change.disabled === false ? "account.enable" : "account.update",
        targetType: "account",
        targetId: accountId,
        details: { before: { role: before.role, disabled: before.disabled }, after: { role: after.role as Role, disabled: after.disabled }, endedSessions },
        context,
      },
      tx,
    );
    return { id: after.id, email: after.email, role: after.role as Role, disabled: after.disabled, endedSessions };
  });
}
