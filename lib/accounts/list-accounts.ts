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
    include: { _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    activeSessions: user._count.sessions,
  }));
}
