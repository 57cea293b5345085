import { STEPS, type CauseCode, type Step } from "@/lib/domain/outcomes";
import type { StepTiming } from "@/lib/telemetry/schemas";
import type { Random } from "./random";

/**
 * Per-step timings of a notification's path (push → container → gateway → Exchange → EWS → shown).
 * A failed notification stops at its failed step (for channel_failed the gateway or Exchange
 * connection), which is reported with ok: false. Without a tunnel the app connects to Exchange
 * directly, so the path has no gateway step.
 */

type Range = readonly [min: number, max: number];

const HEALTHY_MS: Record<Step, Range> = {
  push_received: [3, 40],
  container_read: [5, 60],
  gateway_connect: [60, 450],
  exchange_connect: [30, 300],
  ews_fetch: [120, 2_200],
  shown: [1, 15],
};
const NETWORK_STEPS: ReadonlySet<Step> = new Set(["gateway_connect", "exchange_connect", "ews_fetch"]);
const POOR_NETWORK_SLOWDOWN = 3;

/** How long the failing step takes before it gives up; timeouts sit at the 30-second EWS budget. */
const FAILING_MS: Record<CauseCode, Range> = {
  ews_no_response: [30_000, 30_400],
  ews_timeout: [30_000, 30_400],
  container_locked: [2, 30],
  credentials_unavailable: [2, 30],
  channel_failed: [200, 10_000],
  gateway_unreachable: [10_000, 15_000],
  gateway_socks5_failed: [100, 900],
  gateway_tls_failed: [80, 700],
  exchange_tls_failed: [80, 700],
  credentials_stale: [150, 1_200],
  unexpected_ews_response: [150, 2_500],
  ews_parse_error: [150, 2_500],
};

export type PathFailure = { cause: CauseCode; failedStep: Step } | { cause: null; failedStep: null };

export function pathTimings({ cause, failedStep }: PathFailure, poorNetwork: boolean, viaGateway: boolean, random: Random): StepTiming[] {
  const timings: StepTiming[] = [];
  for (const step of STEPS) {
    if (step === "gateway_connect" && !viaGateway) continue;
    if (cause !== null && step === failedStep) {
      timings.push({ step, durationMs: random.int(...FAILING_MS[cause]), ok: false });
      return timings;
    }
    const [min, max] = HEALTHY_MS[step];
    const factor = poorNetwork && NETWORK_STEPS.has(step) ? POOR_NETWORK_SLOWDOWN : 1;
    timings.push({ step, durationMs: random.int(min * factor, max * factor), ok: true });
  }
  return timings;
}
