import { isValidHostName } from "@/lib/domain/settings";

/**
 * Host[:port] parsing and comparison as the policies mean it: case-insensitive,
 * one trailing dot ignored, port 443 when omitted. Pure; runs in the browser.
 */

export const DEFAULT_PORT = 443;

export type HostPort = { host: string; port: number };

const PORT = /^\d{1,5}$/;

/** Parses `host` or `host:port` into its normal form, or null when it is not a valid host[:port]. */
export function parseHostPort(text: string): HostPort | null {
  const value = text.trim();
  const colon = value.lastIndexOf(":");
  const hostPart = colon === -1 ? value : value.slice(0, colon);
  if (!isValidHostName(hostPart)) return null;

  let port = DEFAULT_PORT;
  if (colon !== -1) {
    const portText = value.slice(colon + 1);
    if (!PORT.test(portText)) return null;
    port = Number(portText);
    if (port < 1 || port > 65535) return null;
  }
  const host = (hostPart.endsWith(".") ? hostPart.slice(0, -1) : hostPart).toLowerCase();
  return { host, port };
}

/** `host:port` with the port always written out: the form shown to admins and used as a lookup key. */
export function formatHostPort({ host, port }: HostPort): string {
  return `${host}:${port}`;
}

/** The normal `host:port` form of a value, or null when it is not a valid host[:port]. */
export function normalizeHostPort(text: string): string | null {
  const parsed = parseHostPort(text);
  return parsed ? formatHostPort(parsed) : null;
}

/** True when both values name the same host and port. An invalid value matches nothing. */
export function sameHostPort(a: string, b: string): boolean {
  const left = normalizeHostPort(a);
  return left !== null && left === normalizeHostPort(b);
}

/** True when any entry of the list names the same host and port as `host`. */
export function listContainsHost(list: readonly string[], host: string): boolean {
  const wanted = normalizeHostPort(host);
  if (wanted === null) return false;
  return list.some((entry) => normalizeHostPort(entry) === wanted);
}
