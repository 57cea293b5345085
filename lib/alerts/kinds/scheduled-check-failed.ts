import { plural } from "@/lib/format/time";
import { summarizeProbeResult } from "@/lib/probe-runs/summarize-probe-result";
import type { TargetResult } from "@/lib/probes/types";
import type { CheckFailure, ScheduledCheckFailedConfig, ScheduledCheckFailedEvidence } from "../contract";
import type { ScheduledRun } from "./certificate-expiry";
import type { AlertKind } from "./define-kind";

/**
 * A scheduled check failed when its run finished and a host is not ok: the same verdict the
 * connectivity history shows (summarizeProbeResult). A host users reach past a bad Exchange
 * certificate (Accept all SSL certificates) is ok there, so it is no failure here either. Runs
 * still running, and runs that never finished (the server stopped mid-run), are no check: the
 * evaluation reads finished runs only, so they neither fire nor resolve.
 */
export function checkPassed(run: ScheduledRun): boolean {
  return summarizeProbeResult(run.result).ok;
}

/** Failures in a row at the head of `runs` (newest first). */
export function consecutiveFailures(runs: readonly ScheduledRun[]): number {
  const firstPass = runs.findIndex(checkPassed);
  return firstPass === -1 ? runs.length : firstPass;
}

/**
 * One failed host in the probe's own words: its first failed or refused step (name, reason and
 * detail as the step wrote them) and the cause the probe mapped, never one inferred here.
 */
export function failureOf(result: TargetResult): CheckFailure {
  const step = result.steps.find((candidate) => candidate.status === "failed" || candidate.status === "refused");
  return {
    targetKind: result.target.kind,
    host: result.target.host,
    port: result.target.port,
    step: step?.name ?? null,
    status: step?.status ?? null,
    reason: step?.reason ?? null,
    detail: step?.detail ?? result.summary,
    cause: result.cause,
  };
}

/**
 * Pure: the verdict on a group from its latest finished scheduled checks, newest first (at most
 * `afterFailures` of them). It fires once the newest `afterFailures` all failed, and resolves only
 * when the newest passes: a failure after a pass needs `afterFailures` in a row again, while a
 * firing alert stays open through further failures.
 */
export function judgeScheduledChecks(
  config: ScheduledCheckFailedConfig,
  runs: readonly ScheduledRun[],
): { fires: boolean; passed: boolean; evidence: ScheduledCheckFailedEvidence } {
  const latest = runs[0]!;
  const failures = consecutiveFailures(runs);
  const verdict = summarizeProbeResult(latest.result);
  return {
    fires: failures >= config.afterFailures,
    passed: verdict.ok,
    evidence: {
      runId: latest.id,
      checkedAt: latest.startedAt.toISOString(),
      passed: verdict.ok,
      consecutiveFailures: failures,
      afterFailures: config.afterFailures,
      summary: verdict.summary,
      failures: latest.result.results.filter((target) => !target.ok).map(failureOf),
    },
  };
}

/** The evidence of a resolve without a check to show: the rule no longer covers the group, or the group is gone. */
export function outOfScopeEvidence(config: ScheduledCheckFailedConfig): ScheduledCheckFailedEvidence {
  return { runId: null, checkedAt: null, passed: null, consecutiveFailures: 0, afterFailures: config.afterFailures, summary: "No longer covered by the rule", failures: [] };
}

export const scheduledCheckFailedKind: AlertKind<"scheduled_check_failed"> = {
  kind: "scheduled_check_failed",
  label: "Scheduled check failed",
  describe: (config) =>
    config.afterFailures === 1
      ? "the group's latest scheduled connectivity check failed"
      : `the group's scheduled connectivity check failed ${config.afterFailures} times in a row`,
  summarize: (evidence, groupName, state) => {
    const e = evidence as ScheduledCheckFailedEvidence;
    const where = groupName ?? "a group";
    if (state === "firing") {
      const times = e.consecutiveFailures > 1 ? ` (${plural(e.consecutiveFailures, "failed check")} in a row)` : "";
      return `Scheduled check of ${where} failed${times}: ${e.summary}`;
    }
    return e.passed ? `Scheduled check of ${where} passed: ${e.summary}` : `Scheduled check alert of ${where} closed: ${e.summary}`;
  },
};
