import "server-only";
import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * The first admin, created only when no account exists: from ADMIN_EMAIL / ADMIN_PASSWORD when
 * set, else with a generated password that is printed this once and never again.
 */
export async function seedAdmin(log: (line: string) => void): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, APP_URL } = env();
  const email = ADMIN_EMAIL.toLowerCase();
  if ((await db().user.count()) > 0) {
    log(`Sign in at ${APP_URL} with your account (first admin: ${email}).`);
    return;
  }
  const generated = !ADMIN_PASSWORD;
  const password = ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  await createAccount(null, { email, name: "Administrator", role: "admin", password });
  log("");
  log(`First admin created. Sign in at ${APP_URL}`);
  log(`  email:    ${email}`);
  log(generated ? `  password: ${password}   (generated; shown only this once)` : "  password: the value of ADMIN_PASSWORD");
  log("");
}
