import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import { db } from "@/lib/db/client";

/**
 * The first admin, created only when no account exists: from ADMIN_EMAIL / ADMIN_PASSWORD when
 * set, else with a generated password that is printed this once and never again.
 */
export async function seedAdmin(log: (line: string) => void): Promise<void> {
  const email = (process.env.ADMIN_EMAIL ?? "admin@example.com").toLowerCase();
  if ((await db().user.count()) > 0) {
    log(`Sign in at ${process.env.APP_URL ?? "http://localhost:3000"} with your account (first admin: ${email}).`);
    return;
  }
  const generated = !process.env.ADMIN_PASSWORD;
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  await createAccount(null, { email, name: "Administrator", role: "admin", password });
  log("");
  log(`First admin created. Sign in at ${process.env.APP_URL ?? "http://localhost:3000"}`);
  log(`  email:    ${email}`);
  log(generated ? `  password: ${password}   (generated; shown only this once)` : "  password: the value of ADMIN_PASSWORD");
  log("");
}
