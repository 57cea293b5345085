import type { Duplex } from "node:stream";
import type { TLSSocket } from "node:tls";
import { STEP_TITLES, isCertificateOverridden, isExchange } from "@/lib/probes/cause-mapping";
import { resolveHost } from "@/lib/probes/dns-step";
import { ewsRequestStep } from "@/lib/probes/ews-request";
import { socks5Step } from "@/lib/probes/socks5-step";
import { runStep, skipStep, type TargetRun } from "@/lib/probes/step-runner";
import { connectTcp } from "@/lib/probes/tcp-step";
import { tlsHandshake } from "@/lib/probes/tls-step";
import type { LookupFn, ProbeKind, ProbePolicy, ProbeStep, ProbeStepName } from "@/lib/probes/types";

export type SequenceOptions = {
  policy: ProbePolicy;
  caBundlePem: string | null;
  socks5OverTls: boolean;
  lookup: LookupFn;
};

/** The steps each kind of host gets, in order; the app's own path to that host. */
const PLANNED_STEPS: Record<ProbeKind, ProbeStepName[]> = {
  gateway: ["dns", "tcp", "tls", "socks5"],
  ews: ["dns", "tcp", "tls", "ews_request"],
  activesync: ["dns", "tcp", "tls", "ews_request"],
  push_registration: ["dns", "tcp", "tls"],
};

function skipRemaining(run: TargetRun, stoppedAt: ProbeStep): void {
  const done = new Set(run.steps.map((step) => step.name));
  for (const name of PLANNED_STEPS[run.target.kind]) {
    if (!done.has(name)) skipStep(run, name, `Not run: ${STEP_TITLES[stoppedAt.name]} ${stoppedAt.status}`);
  }
}

/**
 * Runs one target's steps in order, stopping at the first failure the app would stop at.
 * Every connection goes to the address the DNS step checked, and the gateway is never asked to
 * CONNECT to a forbidden destination (socks5-step.ts); all sockets are closed at the end.
 * Each host is probed directly from the console's server: the gateway probe shows whether the
 * gateway agrees to open a tunnel to EWS (SOCKS5 CONNECT), not what EWS answers through it.
 */
export async function probeTarget(run: TargetRun, options: SequenceOptions): Promise<void> {
  const opened: Duplex[] = [];
  try {
    await probeSequence(run, options, opened);
  } finally {
    // Outermost first: destroying a TCP socket under a live TLSSocket crashes Node 20 (SIGSEGV).
    for (const socket of opened.reverse()) socket.destroy();
  }
}

async function probeSequence(run: TargetRun, options: SequenceOptions, opened: Duplex[]): Promise<void> {
  const { target } = run;

  const dns = await runStep(run, "dns", () => resolveHost(target.host, options.lookup));
  const address = dns.value;
  if (dns.step.status !== "ok" || address === undefined) return skipRemaining(run, dns.step);

  const tcp = await runStep(run, "tcp", (signal) => connectTcp(address, target.port, signal));
  const socket = tcp.value;
  if (tcp.step.status !== "ok" || !socket) return skipRemaining(run, tcp.step);
  opened.push(socket);
  let channel: Duplex = socket;

  if (target.kind === "gateway" && !options.socks5OverTls) {
    skipStep(run, "tls", "SOCKS5 to the gateway runs without TLS (socks5OverTls is off)");
  } else {
    const tls = await runStep(run, "tls", (signal) => tlsHandshake(socket, target.host, options.caBundlePem, signal));
    if (tls.value) opened.push(tls.value);
    // Past a certificate the app would ignore, the test goes on to what users meet next.
    const goesOn = tls.step.status === "ok" || isCertificateOverridden(target.kind, tls.step, options.policy);
    if (!tls.value || !goesOn) return skipRemaining(run, tls.step);
    channel = tls.value;
  }

  if (target.kind === "gateway") {
    const destination = target.tunnelTo;
    if (!destination) skipStep(run, "socks5", "No EWS host to ask the gateway for");
    else await runStep(run, "socks5", (signal) => socks5Step(channel, destination, options.lookup, signal));
  }
  if (isExchange(target.kind)) {
    const tlsSocket = channel as TLSSocket; // exchange targets always pass the TLS branch above
    await runStep(run, "ews_request", (signal) => ewsRequestStep(tlsSocket, target, signal));
  }
}
