import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { clientIpFrom } from "./client-ip";

export const REQUEST_ID_HEADER = "x-request-id";

/** The request id set by proxy.ts (or a caller's own), else a fresh one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** The client address as the trusted proxies report it (TRUSTED_PROXIES); null when unknown. */
export function clientIpOf(headers: Headers): string | null {
  const forwardedFor = headers.get("x-forwarded-for");
  return forwardedFor ? clientIpFrom(forwardedFor, env().TRUSTED_PROXIES) : null;
}
