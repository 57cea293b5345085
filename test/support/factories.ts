import { randomUUID } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import type { UserCaller } from "@/lib/auth/caller";
import { permissionsOf, type Role } from "@/lib/auth/permissions";
import { env } from "@/lib/env";

export const TEST_PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A real account in the database plus the caller object operations receive for it. */
export async function makeCaller(role: Role, email = uniqueEmail(role)): Promise<UserCaller> {
  const account = await createAccount(null, { email, name: `Test ${role}`, role, password: TEST_PASSWORD });
  return { kind: "user", userId: account.id, email, name: account.name, role, permissions: permissionsOf(role), sessionId: "test" };
}

/** The Origin a browser sends with the console's own writes (the CSRF check compares it with APP_URL). */
export function consoleOrigin(): string {
  return new URL(env().APP_URL).origin;
}

/** Headers for requests carrying a session cookie returned by sign-in, sent from the console's own pages. */
export function cookieHeaders(response: Response, extra: Record<string, string> = {}): Headers {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return new Headers({ cookie, origin: consoleOrigin(), ...extra });
}
