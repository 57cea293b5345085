import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** The request id set by proxy.ts (or a caller's own), else a fresh one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** The client address as the first proxy saw it; loopback when served directly. */
export function clientIpOf(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return headers.get("x-real-ip");
}
