import { z } from "zod";
import { ROLES, type Role } from "../permissions";

/**
 * One OpenID Connect provider, as OIDC_PROVIDERS lists it (a JSON array). Pure, so env.ts and the
 * browser-free tests share it. `roles` maps each console role to the claim values that grant it.
 */
export const oidcProviderSchema = z.strictObject({
  /** Lowercase id, used in the callback URL (/sign-in/sso/<id>/callback) and the audit log. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be lowercase letters, digits and dashes"),
  /** Shown as "Sign in with <name>". */
  name: z.string().min(1).max(60),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.array(z.string().min(1)).default(["openid", "email", "profile"]),
  /** The ID token claim holding the user's groups (a string or an array of strings). */
  roleClaim: z.string().min(1).default("groups"),
  roles: z.partialRecord(z.enum(ROLES), z.array(z.string().min(1))).refine((map) => Object.keys(map).length > 0, "must map at least one role"),
  /** Just-in-time creation of an account on a first sign-in; false: only existing accounts sign in. */
  jit: z.boolean().default(true),
});
export type OidcProviderConfig = z.output<typeof oidcProviderSchema>;

export const oidcProvidersSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a JSON array of providers" });
      return z.NEVER;
    }
  })
  .pipe(z.array(oidcProviderSchema))
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, "provider ids must be unique");

/** Highest first: a user in both the admin and the helpdesk group is an admin. */
const ROLE_PRECEDENCE: readonly Role[] = ["admin", "helpdesk", "auditor"];

/**
 * The console role an ID token's claims grant, or null when none of its values is mapped. No
 * default role: an identity the mapping does not name is refused (the issue's rule).
 */
export function mapRole(provider: Pick<OidcProviderConfig, "roleClaim" | "roles">, claims: Record<string, unknown>): Role | null {
  const raw = claims[provider.roleClaim];
  const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string"));
  for (const role of ROLE_PRECEDENCE) {
    if ((provider.roles[role] ?? []).some((value) => values.has(value))) return role;
  }
  return null;
}
