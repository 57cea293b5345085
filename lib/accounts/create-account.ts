import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashPassword } from "./hash-password";
import { createAccountSchema, type AccountView } from "./contract";

/** Creates a console account with a credential; `caller` null only for the first admin at seed time. */
export async function createAccount(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<AccountView> {
  if (caller !== null) requirePermission(caller, "account:manage");
  const data = parseOrThrow(createAccountSchema, input);
  const passwordHash = await hashPassword(data.password);
  const id = randomUUID();

  const emailTaken = () =>
    new AppError("conflict", `An account with email ${data.email} already exists.`, { fields: [{ field: "email", message: "is already in use" }] });

  // The lookup answers the common case; the unique index answers two creates racing past it.
  const user = await db()
    .$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
      if (existing) throw emailTaken();
      const created = await tx.user.create({ data: { id, email: data.email, name: data.name, role: data.role, emailVerified: true } });
      await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: passwordHash } });
      await recordAudit(
        { actor: caller, action: "account.create", targetType: "account", targetId: id, details: { email: data.email, role: data.role }, context },
        tx,
      );
      return created;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? emailTaken() : error;
    });

  // The role column holds ROLES only (this schema and the update's check it); the route's response check would catch otherwise.
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, disabled: user.disabled, createdAt: user.createdAt.toISOString(), activeSessions: 0, signInMethods: ["password"], mustChangePassword: false, mfa: "not_enrolled", lastSignInAt: null };
}
