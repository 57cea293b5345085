import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import type { StoredProbeResult } from "@/lib/probe-runs/views";
import type { ProbeKind, ProbeStep, ProbeStepName, ProbeStepStatus, TargetResult } from "@/lib/probes/types";

/** Plain results for unit tests of the summaries and the panel, shaped like the probe library's. */

export function fakeStep(name: ProbeStepName, status: ProbeStepStatus = "ok", data: ProbeStep["data"] = {}): ProbeStep {
  return { name, status, durationMs: 12, detail: `${name} ${status}`, reason: status === "failed" ? "timeout" : null, data };
}

export function fakeTarget(kind: ProbeKind, cause: CauseCode | null = null, steps?: ProbeStep[]): TargetResult {
  const failed = cause !== null;
  return {
    target: { kind, host: `${kind}.corp.test`, port: 443 },
    ok: !failed,
    durationMs: 40,
    steps: steps ?? [fakeStep("dns"), fakeStep("tcp"), fakeStep("tls", failed ? "failed" : "ok")],
    cause,
    message: cause ? CAUSES[cause].message : null,
    remedy: cause ? CAUSES[cause].remedy : null,
    policyNote: null,
    summary: failed ? `${kind} failed` : `${kind} is reachable`,
  };
}

export function fakeStoredResult(results: TargetResult[]): StoredProbeResult {
  return {
    startedAt: "2026-01-05T10:00:00.000Z",
    durationMs: 50,
    budgetMs: 30_000,
    ok: results.every((result) => result.ok),
    results,
    policy: { acceptAllSslCertificates: false },
    caBundle: null,
  };
}
