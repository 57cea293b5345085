/**
 * Live connectivity probes (server only). Browser code imports `types` and
 * `plan-probe-targets` directly: they are pure.
 */
export { runProbes, DEFAULT_STEP_TIMEOUTS } from "@/lib/probes/run-probes";
export { planProbeTargets, parseTargetHost } from "@/lib/probes/plan-probe-targets";
export { isForbiddenAddress, forbiddenAddressReason } from "@/lib/probes/forbidden-address";
export { mapCause, STEP_TITLES, TARGET_TITLES } from "@/lib/probes/cause-mapping";
export { createConcurrencyLimiter, type ConcurrencyLimiter } from "@/lib/probes/concurrency-limiter";
export * from "@/lib/probes/types";
