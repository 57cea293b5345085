import "server-only";
import { EWS_FETCH_BUDGET_MS } from "@/lib/domain/outcomes";
import { mapCause } from "@/lib/probes/cause-mapping";
import { systemLookup } from "@/lib/probes/dns-step";
import { probeTarget, type SequenceOptions } from "@/lib/probes/probe-target";
import type { TargetRun } from "@/lib/probes/step-runner";
import type { ProbeListener, ProbeOptions, ProbeRun, ProbeTarget, StepTimeouts, TargetResult } from "@/lib/probes/types";

/** Each step's own limit; every one is further capped by what is left of the target's budget. */
export const DEFAULT_STEP_TIMEOUTS: StepTimeouts = {
  dns: 5_000,
  tcp: 10_000,
  tls: 10_000,
  socks5: 10_000,
  ews_request: EWS_FETCH_BUDGET_MS,
};

function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of milliseconds`);
}

/** A listener that throws (say, a stream whose client left) is dropped, so probes still finish and close their sockets. */
function guardListener(listener: ProbeListener | undefined): ProbeListener {
  let active = listener;
  return (event) => {
    if (!active) return;
    try {
      active(event);
    } catch {
      active = undefined;
    }
  };
}

function copyTarget(target: ProbeTarget): ProbeTarget {
  const { kind, host, port, tunnelTo } = target;
  return tunnelTo ? { kind, host, port, tunnelTo: { host: tunnelTo.host, port: tunnelTo.port } } : { kind, host, port };
}

/**
 * Probes every target at once, each within its own budget (default: the app's 30 s), streaming
 * each step's start and end through `onStep` so progress shows as it happens. Never throws for
 * network trouble: every failure is a step in the result. The result is plain JSON.
 */
export async function runProbes(targets: ProbeTarget[], options: ProbeOptions, onStep?: ProbeListener): Promise<ProbeRun> {
  const budgetMs = options.budgetMs ?? EWS_FETCH_BUDGET_MS;
  assertPositive("budgetMs", budgetMs);
  const timeouts: StepTimeouts = { ...DEFAULT_STEP_TIMEOUTS, ...options.timeouts };
  for (const [name, value] of Object.entries(timeouts)) assertPositive(`timeouts.${name}`, value);

  const sequence: SequenceOptions = {
    policy: { acceptAllSslCertificates: options.policy.acceptAllSslCertificates },
    caBundlePem: options.caBundlePem ?? null,
    socks5OverTls: options.socks5OverTls ?? true,
    lookup: options.lookup ?? systemLookup,
  };
  const emit = guardListener(onStep);
  const startedAt = new Date();
  const started = performance.now();

  const results = await Promise.all(
    targets.map(async (target, targetIndex): Promise<TargetResult> => {
      const targetStarted = performance.now();
      const run: TargetRun = {
        target: copyTarget(target),
        targetIndex,
        budgetMs,
        deadline: Date.now() + budgetMs,
        timeouts,
        signal: options.signal,
        emit,
        steps: [],
      };
      await probeTarget(run, sequence);
      const result: TargetResult = {
        target: run.target,
        durationMs: Math.round(performance.now() - targetStarted),
        steps: run.steps,
        ...mapCause(run.target, run.steps, sequence.policy),
      };
      emit({ type: "target_finished", targetIndex, result });
      return result;
    }),
  );

  return {
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    budgetMs,
    ok: results.every((result) => result.ok),
    results,
  };
}
