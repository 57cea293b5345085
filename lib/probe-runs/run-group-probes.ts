import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import type { AuditContext } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { findProbeGroup, probeSettingsOf } from "@/lib/probe-runs/find-probe-group";
import { probeRequestSchema } from "@/lib/probe-runs/probe-request";
import { probeRunLimiter } from "@/lib/probe-runs/probe-run-limiter";
import { recordProbeRefusal, storeProbeResult } from "@/lib/probe-runs/record-probe-run";
import type { ProbeRunView, ProbeStreamListener, StoredProbeResult } from "@/lib/probe-runs/views";
import { planProbeTargets } from "@/lib/probes/plan-probe-targets";
import { runProbes } from "@/lib/probes/run-probes";
import type { LookupFn, ProbePolicy } from "@/lib/probes/types";

export type RunGroupProbesOptions = {
  /** Receives `run_started` once the run is stored, then every step's start and end and each target's result. */
  onEvent?: ProbeStreamListener;
  /** Tests only, to map test host names to loopback: the API never passes it. */
  lookup?: LookupFn;
};

/** A listener that throws (a stream whose client left) must not end the run: it is dropped. */
function guarded(listener: ProbeStreamListener | undefined): ProbeStreamListener {
  let active = listener;
  return (event) => {
    try {
      active?.(event);
    } catch {
      active = undefined;
    }
  };
}

/**
 * Tests the connectivity of the hosts named in a group's settings, on their configured ports,
 * the way the app reaches them. Authorizes, caps concurrent runs per user, stores the run at
 * its start and its result at the end, and audits it (refusals too). Errors that prevent the
 * start are thrown before `run_started`; network trouble is never thrown, it is the result.
 * A caller who stops listening does not cancel the run: it finishes within its budget and is stored.
 */
export async function runGroupProbes(
  caller: Caller | null,
  groupId: string,
  input: unknown,
  context: AuditContext,
  options: RunGroupProbesOptions = {},
): Promise<ProbeRunView> {
  const user = requirePermission(caller, "probe:run");
  const request = parseOrThrow(probeRequestSchema, input);
  const group = await findProbeGroup(groupId);
  const settings = probeSettingsOf(group);
  const targets = planProbeTargets(settings);
  const { PROBE_BUDGET_MS: budgetMs, PROBE_MAX_CONCURRENT_PER_USER: limit } = env();

  const release = probeRunLimiter().tryAcquire(user.userId);
  if (!release) {
    await recordProbeRefusal(user, group, limit, context);
    const retryAfter = Math.ceil(budgetMs / 1000);
    throw new AppError(
      "rate_limited",
      `You already have ${limit} connectivity tests running (the limit per user). Wait for one to finish, at most ${retryAfter} s, and try again.`,
      { headers: { "retry-after": String(retryAfter) } },
    );
  }

  try {
    const emit = guarded(options.onEvent);
    const row = await db().probeRun.create({ data: { groupId: group.id, actorId: user.userId, actorEmail: user.email } });
    emit({ type: "run_started", runId: row.id, targets, budgetMs });

    const policy: ProbePolicy = { acceptAllSslCertificates: settings.acceptAllSslCertificates };
    const run = await runProbes(
      targets,
      { policy, budgetMs, caBundlePem: request.caBundlePem?.pem ?? null, lookup: options.lookup },
      emit,
    );
    const caBundle = request.caBundlePem ? { certificates: request.caBundlePem.certificates } : null;
    const result: StoredProbeResult = { ...run, policy, caBundle };
    const view = await storeProbeResult({ runId: row.id, group, user, result, context });
    emit({ type: "run_finished", runId: view.id, run: view });
    return view;
  } finally {
    release();
  }
}
