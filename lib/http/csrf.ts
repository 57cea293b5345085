import { AppError } from "@/lib/errors/app-error";
import { isJsonContentType } from "./read-json-body";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery check for writes that the session cookie authenticates (and for
 * sign-in, which sets it: login CSRF). The browser attaches the cookie to a cross-site form post,
 * so a write must prove it comes from the console itself:
 * - `Origin` equal to APP_URL's origin, or, when a browser sends no Origin, `Sec-Fetch-Site:
 *   same-origin`. A request with neither is refused too: every browser we serve sends one of them
 *   on writes, and scripts authenticate with tokens, not cookies.
 * - a body, when there is one, sent as `application/json`, which a cross-site form cannot do
 *   without a CORS preflight (that we never grant). A bodyless write (DELETE, sign-out) carries
 *   no content type and relies on the origin check alone.
 * Bearer-token requests carry no ambient credential and are not checked.
 */
export function checkCookieWriteOrigin(req: Request, appUrl: string): void {
  if (!WRITE_METHODS.has(req.method.toUpperCase())) return;

  const expected = new URL(appUrl).origin;
  const origin = req.headers.get("origin");
  if (origin !== null) {
    if (origin !== expected) throw refused(`its Origin ${origin} is not the console's (${expected})`);
  } else {
    const site = req.headers.get("sec-fetch-site");
    if (site === null) throw refused("it names no Origin (nor Sec-Fetch-Site)");
    if (site !== "same-origin") throw refused(`it comes from another site (Sec-Fetch-Site: ${site})`);
  }

  const contentType = req.headers.get("content-type");
  if (contentType !== null && !isJsonContentType(contentType)) {
    throw refused(`its body is ${contentType}, not application/json`);
  }
}

function refused(why: string): AppError {
  return new AppError("forbidden", `This change was refused because ${why}: changes made with the session cookie must come from the console's own pages.`);
}
