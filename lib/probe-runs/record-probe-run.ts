import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActingCaller } from "@/lib/auth/caller";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { ProbeGroup } from "@/lib/probe-runs/find-probe-group";
import { toProbeRunView } from "@/lib/probe-runs/probe-run-view";
import { summarizeProbeResult } from "@/lib/probe-runs/summarize-probe-result";
import type { ProbeRunView, StoredProbeResult } from "@/lib/probe-runs/views";
import type { TargetResult } from "@/lib/probes/types";

export const PROBE_RUN_ACTION = "probe.run";

/** The result is plain JSON by construction (lib/probes/types.ts); Prisma's JSON type cannot see that. */
const asJson = (value: StoredProbeResult) => value as unknown as Prisma.InputJsonValue;

/** Per target, what the audit log keeps: where, the verdict, and the step that decided it. */
function auditTarget(result: TargetResult) {
  const decisive = result.steps.find((step) => step.status === "failed" || step.status === "refused");
  return {
    kind: result.target.kind,
    host: result.target.host,
    port: result.target.port,
    ok: result.ok,
    cause: result.cause,
    failedStep: decisive ? { name: decisive.name, status: decisive.status, reason: decisive.reason } : null,
    summary: result.summary,
  };
}

type FinishedRun = { runId: string; group: ProbeGroup; user: ActingCaller; result: StoredProbeResult; context: AuditContext };

/** Stores the result on its row and audits the run in the same transaction: both are kept or neither. */
export async function storeProbeResult({ runId, group, user, result, context }: FinishedRun): Promise<ProbeRunView> {
  const verdict = summarizeProbeResult(result);
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.probeRun.update({ where: { id: runId }, data: { finishedAt: new Date(), result: asJson(result) } });
    await recordAudit(
      {
        actor: user,
        action: PROBE_RUN_ACTION,
        targetType: "group",
        targetId: group.id,
        details: {
          outcome: "completed",
          runId,
          groupName: group.name,
          ok: verdict.ok,
          causes: verdict.causes,
          summary: verdict.summary,
          durationMs: result.durationMs,
          budgetMs: result.budgetMs,
          caBundleCertificates: result.caBundle?.certificates.map((c) => c.fingerprint256) ?? [],
          targets: result.results.map(auditTarget),
        },
        context,
      },
      tx,
    );
    return updated;
  });
  return toProbeRunView(row);
}

/** A run refused before it started because the caller is at the concurrency limit is audited too. */
export async function recordProbeRefusal(user: ActingCaller, group: ProbeGroup, limit: number, context: AuditContext): Promise<void> {
  await recordAudit({
    actor: user,
    action: PROBE_RUN_ACTION,
    targetType: "group",
    targetId: group.id,
    details: { outcome: "refused", reason: "concurrency_limit", limit, groupName: group.name },
    context,
  });
}
