import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isRole } from "./permissions";

/**
 * Email + password accounts (scrypt hashes), database-backed sessions in HttpOnly, SameSite=Lax
 * cookies that are Secure in production. Only the server calls these endpoints (see
 * lib/auth/sign-in.ts); none of better-auth's HTTP routes are mounted, so there is no public
 * sign-up. Idle expiry is enforced in lib/auth/session.ts; `expiresIn` is the absolute lifetime.
 */
function createAuth() {
  const config = env();
  return betterAuth({
    appName: "Rich Push Console",
    baseURL: config.APP_URL,
    secret: config.AUTH_SECRET ?? "development-only-secret-development-only",
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    session: {
      expiresIn: config.SESSION_ABSOLUTE_HOURS * 3600,
      disableSessionRefresh: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "helpdesk", input: false },
        disabled: { type: "boolean", required: true, defaultValue: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account can never start a session, whatever path tries to create one.
          async before(session) {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabled: true, role: true } });
            if (!user || user.disabled || !isRole(user.role)) return false;
          },
        },
      },
    },
    advanced: {
      useSecureCookies: config.SECURE_COOKIES ?? config.NODE_ENV === "production",
      cookiePrefix: "rpc",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The console resolves client addresses itself, behind TRUSTED_PROXIES (lib/http/client-ip.ts);
      // better-auth would believe whatever a client writes into X-Forwarded-For.
      ipAddress: { disableIpTracking: true },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as unknown as { auth?: Auth };

export function auth(): Auth {
  holder.auth ??= createAuth();
  return holder.auth;
}
