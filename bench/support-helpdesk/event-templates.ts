import { CAUSES, STEPS, type CauseCode, type Outcome, type Step } from "@/lib/domain/outcomes";
import type { StepTiming } from "@/lib/telemetry/schemas";

/** How often each cause ends a notification; the rest are rich. Roughly a healthy tenant's mix. */
const CAUSE_RATES: Record<CauseCode, number> = {
  ews_no_response: 0.025,
  container_locked: 0.02,
  channel_failed: 0.005,
  credentials_stale: 0.005,
  unexpected_ews_response: 0.002,
  gateway_socks5_failed: 0.002,
  gateway_unreachable: 0.002,
  gateway_tls_failed: 0.002,
  exchange_tls_failed: 0.003,
  ews_parse_error: 0.002,
  ews_timeout: 0.02,
  credentials_unavailable: 0.012,
};

export type EventTemplate = {
  /** Picked when a uniform random number falls in [from, to). */
  from: number;
  to: number;
  outcome: Outcome;
  cause: CauseCode | null;
  failedStep: Step | null;
  steps: StepTiming[];
};

function stepsFor(cause: CauseCode | null): StepTiming[] {
  const failing = cause ? CAUSES[cause].steps[0] : null;
  const timings: StepTiming[] = [];
  for (const step of STEPS) {
    const timeout = cause === "ews_no_response" || cause === "ews_timeout";
    timings.push({ step, durationMs: step === failing ? (timeout ? 30_000 : 400) : 120, ok: step !== failing });
    if (step === failing) break;
  }
  return timings;
}

/** One template per outcome and cause, their ranges covering [0, 1). */
export function eventTemplates(): EventTemplate[] {
  const templates: EventTemplate[] = [];
  let from = 0;
  for (const [cause, rate] of Object.entries(CAUSE_RATES) as [CauseCode, number][]) {
    templates.push({ from, to: from + rate, outcome: CAUSES[cause].outcome, cause, failedStep: CAUSES[cause].steps[0], steps: stepsFor(cause) });
    from += rate;
  }
  templates.push({ from, to: 1.000001, outcome: "rich", cause: null, failedStep: null, steps: stepsFor(null) });
  return templates;
}
