import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import { forbiddenAddressReason } from "@/lib/probes/forbidden-address";
import { ProbeStepError, errorCode, errorMessage } from "@/lib/probes/probe-step-error";
import type { StepOutcome } from "@/lib/probes/step-runner";
import type { LookupAddress, LookupFn } from "@/lib/probes/types";

export const systemLookup: LookupFn = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

const NOT_FOUND_CODES = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME", "EAI_NODATA"]);

async function addressesOf(host: string, lookup: LookupFn): Promise<LookupAddress[]> {
  const family = isIP(host);
  if (family !== 0) return [{ address: host, family }];
  try {
    return await lookup(host);
  } catch (error) {
    const code = errorCode(error);
    if (code && NOT_FOUND_CODES.has(code)) throw new ProbeStepError("dns_not_found", `${host} does not resolve (${code})`);
    throw new ProbeStepError("dns_error", `Resolving ${host} failed: ${errorMessage(error)}`);
  }
}

/**
 * Resolves every address of `host` and returns the one to connect to. The check runs on the
 * resolved addresses, and the caller connects to exactly the address checked (never resolving
 * again), so a name that later rebinds to a metadata address cannot slip through. If any
 * address is forbidden the whole name is refused: round-robin would reach it sooner or later.
 */
export async function resolveHost(host: string, lookup: LookupFn): Promise<StepOutcome<string>> {
  const addresses = (await addressesOf(host, lookup)).map((entry) => entry.address);
  const data = { addresses };
  const first = addresses[0];
  if (first === undefined) throw new ProbeStepError("dns_not_found", `${host} has no addresses`, data);

  for (const address of addresses) {
    const why = forbiddenAddressReason(address);
    if (why) {
      return {
        status: "refused",
        reason: "forbidden_address",
        detail: `${host} resolves to ${address}, ${why}: refused without connecting`,
        data,
      };
    }
  }
  const more = addresses.length > 1 ? ` (${addresses.length} addresses; using the first)` : "";
  return { status: "ok", value: first, detail: `${host} resolves to ${first}${more}`, data: { ...data, connectTo: first } };
}
