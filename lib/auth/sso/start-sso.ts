import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { safeNextPath } from "@/lib/client/safe-next-path";
import { env } from "@/lib/env";
import { auth } from "../auth";
import { ssoStartSchema } from "../contract";

/**
 * Starts the authorization code flow at one provider: better-auth makes the state, the PKCE
 * verifier and the nonce, keeps them server-side behind a signed state cookie, and returns the
 * provider's authorization URL. Only that URL and the cookie go back to the browser.
 */
export async function startSso(body: unknown, headers: Headers): Promise<Response> {
  const { provider, next } = parseOrThrow(ssoStartSchema, body);
  const config = env();
  if (!config.OIDC_PROVIDERS.some((entry) => entry.id === provider)) {
    throw new AppError("not_found", `No single sign-on provider "${provider}" is configured.`, { fields: [{ field: "provider", message: "is not configured" }] });
  }
  const response = await auth().api.signInSocial({
    body: { provider, callbackURL: safeNextPath(next, config.APP_URL), errorCallbackURL: "/sign-in/refused", disableRedirect: true },
    headers,
    asResponse: true,
  });
  const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (!response.ok || typeof answer?.url !== "string") {
    // Discovery failed (the provider is down or misconfigured): better-auth left it out.
    throw new AppError("unavailable", `The sign-in provider "${provider}" is not answering. Try again later, or sign in with a password.`);
  }
  const reply = new Headers({ "content-type": "application/json" });
  for (const cookie of response.headers.getSetCookie()) reply.append("set-cookie", cookie);
  return new Response(JSON.stringify({ url: answer.url }), { status: 200, headers: reply });
}
