import type { CauseCode } from "@/lib/domain/outcomes";
import { TARGET_TITLES, isReachablePastCertificate } from "@/lib/probes/cause-mapping";
import type { TargetResult } from "@/lib/probes/types";
import type { StoredProbeResult } from "@/lib/probe-runs/views";

/** Pure: the one-line verdict of a finished run, shared by the list, the audit entry and the panel. */

export type ProbeResultSummary = { ok: boolean; causes: CauseCode[]; summary: string };

function targetName(result: TargetResult): string {
  const { kind, host, port } = result.target;
  return `${TARGET_TITLES[kind]} ${host}:${port}`;
}

function failureText(result: TargetResult): string {
  const refused = result.steps.some((step) => step.status === "refused");
  const what = result.cause ?? (refused ? "refused" : "failed");
  return `${targetName(result)} → ${what}`;
}

/** Hosts users reach past a bad certificate (Accept all SSL certificates) still need it fixed: say so in the one line. */
function certificateText(results: TargetResult[]): string {
  const names = results.filter(isReachablePastCertificate).map(targetName);
  return names.length > 0 ? `; certificate to fix: ${names.join(", ")}` : "";
}

export function summarizeProbeResult(result: StoredProbeResult): ProbeResultSummary {
  const failed = result.results.filter((target) => !target.ok);
  const causes = [...new Set(failed.flatMap((target) => (target.cause ? [target.cause] : [])))];
  const total = result.results.length;
  const certificates = certificateText(result.results);
  if (failed.length === 0) {
    const reachable = total === 1 ? "The one host is reachable" : `All ${total} hosts are reachable`;
    return { ok: true, causes, summary: `${reachable}${certificates}` };
  }
  return { ok: false, causes, summary: `${failed.length} of ${total} failed: ${failed.map(failureText).join("; ")}${certificates}` };
}
