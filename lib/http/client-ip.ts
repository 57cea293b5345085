import { isIP } from "node:net";

/**
 * The client address behind `trustedProxies` reverse proxies, each of which appends the address it
 * received the request from to X-Forwarded-For. The client's own entries come first and are
 * whatever it chose to write, so only the entry `trustedProxies` from the right is believed. With
 * no trusted proxy the header is ignored: served directly, Next.js fills it from the socket only
 * when the client sent none, so it cannot be told apart from a forgery. Null when unknown.
 */
export function clientIpFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return null;
  const hops = forwardedFor.split(",").map((entry) => entry.trim());
  const entry = hops[hops.length - trustedProxies];
  return entry && isIP(stripPort(entry)) ? stripPort(entry) : null;
}

/** "203.0.113.7:51234" and "[2001:db8::1]:443" as some proxies write them. */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1]! : entry;
}
