import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { currentSsoAttempt } from "./attempt";
import { mapRole } from "./provider-config";

type Gate = NonNullable<NonNullable<BetterAuthOptions["user"]>["validateUserInfo"]>;
type Candidate = Parameters<Gate>[0];
type ValidateUserInfoResult = { error: string; errorDescription?: string };

/** Refusal codes, shown on /sign-in/refused (lib/auth/sso/refusal-messages.ts words them). */
export const SSO_REFUSALS = {
  noRole: "no_mapped_role",
  disabled: "account_disabled",
  unknownProvider: "unknown_provider",
} as const;

function refuse(code: string, reason: string): ValidateUserInfoResult {
  const attempt = currentSsoAttempt();
  if (attempt) attempt.refused = { code, reason };
  return { error: code, errorDescription: reason };
}

/**
 * better-auth's user.validateUserInfo gate, run before an SSO identity creates, links or signs in
 * to an account. It maps the role claim to a console role (no mapped role: refused, never a
 * default role), keeps a console-disabled account disabled whatever the IdP says, and makes the
 * IdP the source of the role: an existing account gets the mapped role at each SSO sign-in.
 * Password sign-in and seeding do not go through OAuth and are left alone.
 */
export async function validateSsoIdentity({ user, source }: Candidate): Promise<void | ValidateUserInfoResult> {
  if (source.method !== "oauth" || !source.oauth) return;
  const provider = env().OIDC_PROVIDERS.find((entry) => entry.id === source.oauth!.providerId);
  if (!provider) return refuse(SSO_REFUSALS.unknownProvider, "provider is not configured");
  const claims = (source.oauth.profile ?? {}) as Record<string, unknown>;
  const attempt = currentSsoAttempt();
  if (attempt) {
    attempt.subject = typeof claims.sub === "string" ? claims.sub : undefined;
    attempt.email = typeof user.email === "string" ? user.email.toLowerCase() : undefined;
  }

  const role = mapRole(provider, claims);
  if (!role) return refuse(SSO_REFUSALS.noRole, `no ${provider.roleClaim} value maps to a console role`);
  if (attempt) attempt.role = role;

  if (source.action === "create-user") {
    // better-auth passes the row it is about to insert: the role is set on it here because the
    // column is not writable from a provider profile (input: false), so a claim cannot name it.
    (user as Record<string, unknown>).role = role;
    if (attempt) attempt.provisioned = true;
    return;
  }

  const id = typeof user.id === "string" ? user.id : null;
  const existing = id ? await db().user.findUnique({ where: { id }, select: { id: true, disabled: true, role: true } }) : null;
  if (!existing) return;
  if (attempt) attempt.userId = existing.id;
  if (existing.disabled) return refuse(SSO_REFUSALS.disabled, "account is disabled in the console");
  if (existing.role !== role) await db().user.update({ where: { id: existing.id }, data: { role } });
}
