import { formatHostPort, parseHostPort, type HostPort } from "@/lib/domain/hosts";

/** Background network services, normalised for lookups by host and port. */
export type HostIndex = {
  has(target: HostPort): boolean;
  /** Ports listed for a host (normal form), to point out near misses such as a wrong port. */
  portsFor(host: string): readonly number[];
};

type CacheEntry = { snapshot: readonly string[]; index: HostIndex };

// Keyed by list instance: the same settings evaluated for many members (or on every toggle of an
// unrelated field) parse their list once. The snapshot guards against a list mutated in place.
const cache = new WeakMap<readonly string[], CacheEntry>();

export function hostIndexFor(list: readonly string[]): HostIndex {
  const cached = cache.get(list);
  if (cached && sameEntries(cached.snapshot, list)) return cached.index;

  const index = buildHostIndex(list);
  cache.set(list, { snapshot: list.slice(), index });
  return index;
}

function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildHostIndex(list: readonly string[]): HostIndex {
  const keys = new Set<string>();
  const portsByHost = new Map<string, number[]>();
  for (const entry of list) {
    const parsed = parseHostPort(entry);
    if (!parsed) continue;
    keys.add(formatHostPort(parsed));
    const ports = portsByHost.get(parsed.host);
    if (!ports) portsByHost.set(parsed.host, [parsed.port]);
    else if (!ports.includes(parsed.port)) ports.push(parsed.port);
  }
  return {
    has: (target) => keys.has(formatHostPort(target)),
    portsFor: (host) => portsByHost.get(host) ?? [],
  };
}
