import { ssoCallback } from "@/lib/auth/sso/sso-callback";
import { clientIpOf, requestIdOf } from "@/lib/http/request-context";

/**
 * The OpenID Connect redirect URI: a top-level GET from the provider's page, so it lives outside
 * /api (not a JSON endpoint, no CSRF Origin to check: the state does that job).
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return ssoCallback(new URL(req.url), req.headers, id, { ip: clientIpOf(req.headers), requestId: requestIdOf(req.headers) });
}
