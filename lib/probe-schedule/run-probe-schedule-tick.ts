import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { findProbeGroup, probeSettingsOf } from "@/lib/probe-runs/find-probe-group";
import type { StoredProbeResult } from "@/lib/probe-runs/views";
import { planProbeTargets } from "@/lib/probes/plan-probe-targets";
import { runProbes } from "@/lib/probes/run-probes";
import type { LookupFn, ProbePolicy } from "@/lib/probes/types";
import { findDueGroupIds } from "./find-due-groups";
import { SCHEDULED_TRIGGER } from "./triggers";

/**
 * At most this many groups per tick, checked one after another. The embedded database has one
 * connection (shared with pg-boss) and each group's probes may take up to PROBE_BUDGET_MS (30 s):
 * 5 groups are at most about 2.5 minutes of network waiting, inside the 5-minute tick, and each
 * group holds the connection only for its two short writes. More due groups wait for the next tick.
 */
export const GROUPS_PER_TICK = 5;

export type ProbeScheduleTickOptions = {
  now?: Date;
  /** Tests only, to map test host names to loopback. */
  lookup?: LookupFn;
};

export type ProbeScheduleTickResult = { checked: string[]; failed: string[] };

/**
 * Runs one group's probes as a scheduled run: the hosts of its settings, the public roots only
 * (no extra CA bundle, there is nobody to send one), stored like a manual run with trigger
 * `scheduled` and no actor. Not audited: the audit log records what people do; the run itself is
 * the record. Exported for the end-to-end test's setup (e2e/support/run-scheduled-check.ts).
 */
export async function runScheduledCheck(groupId: string, lookup: LookupFn | undefined): Promise<void> {
  const group = await findProbeGroup(groupId);
  const settings = probeSettingsOf(group);
  const targets = planProbeTargets(settings);
  const row = await db().probeRun.create({ data: { groupId: group.id, trigger: SCHEDULED_TRIGGER } });
  const policy: ProbePolicy = { acceptAllSslCertificates: settings.acceptAllSslCertificates };
  const run = await runProbes(targets, { policy, budgetMs: env().PROBE_BUDGET_MS, caBundlePem: null, lookup });
  const result: StoredProbeResult = { ...run, policy, caBundle: null };
  await db().probeRun.update({
    where: { id: row.id },
    data: { finishedAt: new Date(), result: result as unknown as Prisma.InputJsonValue },
  });
}

/**
 * One tick of the schedule (pg-boss cron, every 5 minutes): the due groups, at most
 * GROUPS_PER_TICK, one at a time. A group that cannot be checked (its stored settings fail the
 * schema) is logged and the others still run.
 */
export async function runProbeScheduleTick(options: ProbeScheduleTickOptions = {}): Promise<ProbeScheduleTickResult> {
  const due = await findDueGroupIds(options.now ?? new Date(), GROUPS_PER_TICK);
  const checked: string[] = [];
  const failed: string[] = [];
  for (const groupId of due) {
    try {
      await runScheduledCheck(groupId, options.lookup);
      checked.push(groupId);
    } catch (error) {
      failed.push(groupId);
      logger.warn({ job: "probe-schedule", groupId, err: error instanceof Error ? error.message : String(error) }, "scheduled check skipped");
    }
  }
  return { checked, failed };
}
