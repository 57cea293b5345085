import "server-only";
import type { PgBoss } from "pg-boss";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { logger } from "@/lib/log/logger";
import type { EvaluationResult } from "./contract";
import { evaluateAlerts } from "./evaluate-alerts";
import { publishPendingNotices } from "./publish-pending-notices";

/**
 * The minutely job: evaluate, then hand the state changes to the channels' queue. It fits the
 * embedded database's one connection: a few short statements per rule (index range scans of
 * the window, single-statement opens and resolves), no transaction held across rules.
 */
export async function runAlertEvaluation(boss: PgBoss, now = new Date()): Promise<EvaluationResult & { notices: number }> {
  const result = await evaluateAlerts(now);
  return { ...result, notices: await handOver(boss) };
}

/** A queue that refuses a notice leaves it pending: the next minute hands it over again, and evaluation is not failed for it. */
async function handOver(boss: PgBoss): Promise<number> {
  try {
    return await publishPendingNotices(boss);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "alert notices not handed over; retried at the next evaluation");
    return 0;
  }
}

/**
 * "Evaluate now" for an admin: the same evaluation. The notices go out on this process's queue
 * when it runs (every server process starts one); otherwise the next minutely job sends them.
 */
export async function evaluateAlertsNow(caller: Caller | null, boss: PgBoss | null): Promise<EvaluationResult> {
  requirePermission(caller, "alert:manage");
  const result = await evaluateAlerts();
  if (boss) await handOver(boss);
  return result;
}
