import "server-only";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { auth } from "../auth";
import { runSsoAttempt, type SsoAttempt } from "./attempt";

const REFUSED_PATH = "/sign-in/refused";

function refusedRedirect(appUrl: string, code: string): Response {
  return new Response(null, { status: 302, headers: { location: `${appUrl}${REFUSED_PATH}?error=${encodeURIComponent(code)}` } });
}

/**
 * The provider's redirect back (a browser GET, so not a JSON route). better-auth checks the state
 * against its stored copy and the state cookie, exchanges the code with the PKCE verifier,
 * verifies the ID token (signature against the JWKS, issuer, audience = our client id, nonce)
 * and runs the gate; this wrapper audits the outcome with the provider and the subject.
 */
export async function ssoCallback(url: URL, headers: Headers, providerId: string, context: AuditContext): Promise<Response> {
  const config = env();
  if (!config.OIDC_PROVIDERS.some((entry) => entry.id === providerId)) return refusedRedirect(config.APP_URL, "unknown_provider");

  const attempt: SsoAttempt = { providerId };
  let response: Response;
  try {
    response = await runSsoAttempt(attempt, () =>
      auth().api.callbackOAuth({ method: "GET", params: { id: providerId }, query: Object.fromEntries(url.searchParams), headers, asResponse: true }),
    );
  } catch (error) {
    logger.error({ err: error, providerId }, "single sign-on callback failed");
    return refusedRedirect(config.APP_URL, "sign_in_failed");
  }

  const location = new URL(response.headers.get("location") ?? "/", config.APP_URL);
  const refused = location.pathname === REFUSED_PATH || response.status >= 400;
  const common = { provider: providerId, subject: attempt.subject ?? null };
  if (refused) {
    const code = attempt.refused?.code ?? location.searchParams.get("error") ?? `http_${response.status}`;
    await recordAudit({
      actor: { kind: "anonymous", email: attempt.email },
      action: "auth.sso_refused",
      targetType: "account",
      targetId: attempt.userId ?? attempt.email ?? attempt.subject ?? providerId,
      details: { ...common, reason: attempt.refused?.reason ?? code },
      context,
    });
    // Always our own page with our own words: the code only, never the provider's description.
    return refusedRedirect(config.APP_URL, code);
  }

  const user = attempt.email ? await db().user.findUnique({ where: { email: attempt.email }, select: { id: true } }) : null;
  const targetId = user?.id ?? attempt.userId ?? attempt.subject ?? providerId;
  if (attempt.provisioned) {
    await recordAudit({
      actor: { kind: "anonymous", email: attempt.email },
      action: "account.sso_provisioned",
      targetType: "account",
      targetId,
      details: { ...common, email: attempt.email ?? null, role: attempt.role ?? null },
      context,
    });
  }
  await recordAudit({
    actor: { kind: "anonymous", email: attempt.email },
    action: "auth.sso_sign_in",
    targetType: "account",
    targetId,
    details: { ...common, role: attempt.role ?? null },
    context,
  });
  return response;
}
