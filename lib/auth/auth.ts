import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth, twoFactor } from "better-auth/plugins";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { twoFactorOptions } from "./mfa-options";
import { isRole } from "./permissions";
import { ssoCallbackUrl } from "./sso/urls";
import { validateSsoIdentity } from "./sso/validate-identity";

/**
 * Email + password accounts (scrypt hashes), database-backed sessions in HttpOnly, SameSite=Lax
 * cookies that are Secure in production. Only the server calls these endpoints (see
 * lib/auth/sign-in.ts); none of better-auth's HTTP routes are mounted, so there is no public
 * sign-up. Idle expiry is enforced in lib/auth/session.ts; `expiresIn` is the absolute lifetime.
 *
 * Single sign-on: each OIDC_PROVIDERS entry is a genericOAuth provider found through its
 * discovery document, with the authorization code flow, PKCE, state (kept in the database and
 * bound to a signed cookie) and a nonce; the ID token's signature, issuer and audience are
 * verified against the provider's JWKS (requireIdTokenVerification: a provider whose discovery
 * gives no JWKS is not offered). lib/auth/sso/ starts the flow and runs the callback; the gate in
 * validate-identity.ts maps roles and refuses.
 *
 * Second factor: the two-factor plugin (TOTP), configured in mfa-options.ts; lib/auth/mfa-*.ts
 * run enrolment, the sign-in code step and the admin reset.
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
      validateUserInfo: validateSsoIdentity,
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "helpdesk", input: false },
        disabled: { type: "boolean", required: true, defaultValue: false, input: false },
        // Set by an admin's password reset; the session caller carries it (see lib/auth/caller.ts).
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
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
    account: {
      // A console account whose email the IdP asserts is linked at its first SSO sign-in (accounts
      // are created by admins with verified emails): the provider is trusted by configuration.
      accountLinking: { enabled: true, trustedProviders: config.OIDC_PROVIDERS.map((provider) => provider.id) },
    },
    onAPIError: { errorURL: `${config.APP_URL}/sign-in/refused` },
    plugins: [
      genericOAuth({
        config: config.OIDC_PROVIDERS.map((provider) => ({
          providerId: provider.id,
          name: provider.name,
          discoveryUrl: `${provider.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
          requireIdTokenVerification: true,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          scopes: provider.scopes,
          pkce: true,
          redirectURI: ssoCallbackUrl(config.APP_URL, provider.id),
          disableSignUp: !provider.jit,
          disableProviderLogout: true,
        })),
      }),
      twoFactor(twoFactorOptions),
    ],
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
