import { isIP } from "node:net";
import type { Duplex } from "node:stream";
import { forbiddenAddressReason } from "@/lib/probes/forbidden-address";
import { socks5Connect } from "@/lib/probes/socks5-client";
import type { StepOutcome } from "@/lib/probes/step-runner";
import type { HostPort, LookupFn } from "@/lib/probes/types";

/** A slow resolver here must not turn into a SOCKS5 timeout: past this the CONNECT goes by name. */
const LOCAL_LOOKUP_LIMIT_MS = 2_000;

type DestinationCheck = { refusedBecause: string | null; addresses: string[]; note: string };

async function resolveHere(host: string, lookup: LookupFn): Promise<string[] | null> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LOCAL_LOOKUP_LIMIT_MS)));
  try {
    const found = await Promise.race([lookup(host).then((entries) => entries.map((entry) => entry.address)), giveUp]);
    return found && found.length > 0 ? found : null;
  } catch {
    return null; // ENOTFOUND and friends: a name only the gateway's network knows
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The host the gateway is asked to reach, checked like a direct target before CONNECT is sent.
 * CONNECT carries the name (the app's gateway resolves it, often from DNS only its network
 * sees), so the console checks what it can see: an IP literal as written, and a name by every
 * address it resolves to here (which also catches numeric spellings such as 2852039166 for
 * 169.254.169.254). A name that does not resolve here goes to the gateway by name: what the
 * gateway's own DNS answers is out of the console's sight, and the probe sends nothing through
 * the tunnel, so at most the gateway learns whether it could connect.
 */
export async function checkTunnelDestination(destination: HostPort, lookup: LookupFn): Promise<DestinationCheck> {
  const { host } = destination;
  if (isIP(host) !== 0) {
    return { refusedBecause: forbiddenAddressReason(host), addresses: [host], note: "" };
  }
  const addresses = await resolveHere(host, lookup);
  if (!addresses) return { refusedBecause: null, addresses: [], note: `; ${host} does not resolve from the console, the gateway resolves it` };
  for (const address of addresses) {
    const why = forbiddenAddressReason(address);
    if (why) return { refusedBecause: `resolves to ${address}, ${why}`, addresses, note: "" };
  }
  return { refusedBecause: null, addresses, note: "" };
}

/** The gateway's SOCKS5 step: refuses a forbidden destination without sending CONNECT, else runs the handshake. */
export async function socks5Step(stream: Duplex, destination: HostPort, lookup: LookupFn, signal: AbortSignal): Promise<StepOutcome<null>> {
  const target = `${destination.host}:${destination.port}`;
  const check = await checkTunnelDestination(destination, lookup);
  const checked = { destination: target, destinationAddresses: check.addresses };
  if (check.refusedBecause) {
    const what = isIP(destination.host) !== 0 ? `${destination.host} is ${check.refusedBecause}` : `${destination.host} ${check.refusedBecause}`;
    return {
      status: "refused",
      reason: "forbidden_address",
      detail: `The EWS host to tunnel to is refused: ${what}; CONNECT was not sent to the gateway`,
      data: checked,
    };
  }
  const outcome = await socks5Connect(stream, destination, signal);
  return { ...outcome, detail: `${outcome.detail}${check.note}`, data: { ...checked, ...outcome.data } };
}
