import "server-only";
import { db } from "@/lib/db/client";

/** How an account signs in: a console password, single sign-on providers (by id), or both. */
export type SignInMethods = { password: boolean; ssoProviders: string[] };

/**
 * The sign-in methods of the given accounts, from their better-auth account rows ("credential"
 * is the password; any other provider id is an OIDC_PROVIDERS entry). For the accounts list.
 */
export async function signInMethodsOf(userIds: readonly string[]): Promise<Map<string, SignInMethods>> {
  const rows = await db().account.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, providerId: true } });
  const methods = new Map<string, SignInMethods>(userIds.map((id) => [id, { password: false, ssoProviders: [] }]));
  for (const row of rows) {
    const entry = methods.get(row.userId);
    if (!entry) continue;
    if (row.providerId === "credential") entry.password = true;
    else entry.ssoProviders.push(row.providerId);
  }
  return methods;
}
