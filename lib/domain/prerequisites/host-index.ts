import { parseHostPort, type HostPort } from "@/lib/domain/hosts";

/** Background network services, normalised for lookups by host and port. */
export type HostIndex = {
  has(target: HostPort): boolean;
  /** Ports listed for a host (normal form), to point out near misses such as a wrong port. */
  portsFor(host: string): readonly number[];
};

type CacheEntry = { snapshot: readonly string[]; index: HostIndex };

// Keyed by list instance: the same settings evaluated for many members (or on every toggle of an
// unrelated field) parse their list once. The snapshot guards against a list mutated in place.
const indexes = new WeakMap<readonly string[], CacheEntry>();

export function hostIndexFor(list: readonly string[]): HostIndex {
  const cached = indexes.get(list);
  if (cached && sameEntries(cached.snapshot, list)) return cached.index;

  const index = buildHostIndex(list);
  indexes.set(list, { snapshot: list.slice(), index });
  return index;
}

// The same few EWS/ActiveSync host strings come back on every evaluation; bounded so that a
// long-lived page or server cannot grow it without limit.
const parsedHosts = new Map<string, Readonly<HostPort> | null>();
const PARSED_HOSTS_LIMIT = 1024;

/** `parseHostPort`, remembered per string. The result is shared: never mutate it. */
export function parseHostCached(text: string): Readonly<HostPort> | null {
  let parsed = parsedHosts.get(text);
  if (parsed === undefined) {
    if (parsedHosts.size >= PARSED_HOSTS_LIMIT) parsedHosts.clear();
    parsed = parseHostPort(text);
    parsedHosts.set(text, parsed);
  }
  return parsed;
}

function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildHostIndex(list: readonly string[]): HostIndex {
  const portsByHost = new Map<string, number[]>();
  for (const entry of list) {
    const parsed = parseHostPort(entry);
    if (!parsed) continue;
    const ports = portsByHost.get(parsed.host);
    if (!ports) portsByHost.set(parsed.host, [parsed.port]);
    else if (!ports.includes(parsed.port)) ports.push(parsed.port);
  }
  return {
    has: (target) => portsByHost.get(target.host)?.includes(target.port) ?? false,
    portsFor: (host) => portsByHost.get(host) ?? [],
  };
}
