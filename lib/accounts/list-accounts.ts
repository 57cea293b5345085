import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { AccountView } from "./contract";

export async function listAccounts(caller: Caller | null): Promise<AccountView[]> {
  requirePermission(caller, "account:manage");
  const now = new Date();
  const users = await db().user.findMany({
    orderBy: { email: "asc" },
    include: {
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
      accounts: { select: { providerId: true } },
    },
  });
  // Last sign-in comes from the audit log (written on every successful sign-in, password or single
  // sign-on, both with the account as target), one grouped query.
  const lastSignIns = await db().auditEntry.groupBy({
    by: ["targetId"],
    where: { action: { in: ["auth.sign_in", "auth.sso_sign_in"] }, targetType: "account", targetId: { in: users.map((user) => user.id) } },
    _max: { at: true },
  });
  const lastSignInOf = new Map(lastSignIns.map((row) => [row.targetId, row._max.at]));
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    activeSessions: user._count.sessions,
    signInMethods: user.accounts.map((account) => signInMethodOf(account.providerId)).sort(),
    mustChangePassword: user.mustChangePassword,
    mfa: user.twoFactorEnabled ? "enrolled" : "not_enrolled",
    lastSignInAt: lastSignInOf.get(user.id)?.toISOString() ?? null,
  }));
}

/** better-auth's provider id of an account row: "credential" is the console password, any other is an OIDC_PROVIDERS id. */
function signInMethodOf(providerId: string): string {
  return providerId === "credential" ? "password" : `sso:${providerId}`;
}
