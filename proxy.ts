import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

/**
 * Gives every request an id for logs and the audit log and a CSP nonce for its page, and sends
 * visitors without a session cookie to sign-in. It only redirects: every page and route checks
 * permissions itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const requestId = headers.get("x-request-id") ?? crypto.randomUUID();
  headers.set("x-request-id", requestId);

  const { pathname } = request.nextUrl;
  const hasSessionCookie = request.cookies.getAll().some((cookie) => cookie.name.includes("rpc.session_token"));
  if (!hasSessionCookie && !pathname.startsWith("/api/") && pathname !== "/sign-in" && !pathname.startsWith("/sign-in/")) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname)}`;
    return NextResponse.redirect(url);
  }

  // Next.js reads the nonce from the request's policy header and puts it on its own scripts.
  const policy = contentSecurityPolicy(createNonce(), process.env.NODE_ENV === "development");
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
