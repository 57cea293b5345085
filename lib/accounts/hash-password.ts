import { auth } from "@/lib/auth/auth";

/** better-auth's own scrypt hash, so its sign-in can verify what we store. */
export async function hashPassword(password: string): Promise<string> {
  const context = await auth().$context;
  return context.password.hash(password);
}
