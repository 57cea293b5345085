import type { LookupAddress, LookupFn } from "@/lib/probes/types";

/** A resolver for test names: every name in `table` maps to its addresses; others do not exist, as with ENOTFOUND. */
export function createTestLookup(table: Record<string, string[]>): LookupFn & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

/** Every test name resolves to loopback. */
export const loopbackLookup = (...names: string[]) =>
  createTestLookup(Object.fromEntries(names.map((name) => [name, ["127.0.0.1"]])));
