import type { PgBoss } from "pg-boss";
import { runDeliveryJob } from "@/lib/alerts/channels/delivery-job";
import { fanOutNotice } from "@/lib/alerts/channels/fan-out-notice";
import { smtpSettingsFromEnv } from "@/lib/alerts/channels/smtp-settings";
import { logger } from "@/lib/log/logger";
import { purgeSignInFailures } from "@/lib/auth/sign-in-throttle";
import { sqlPool } from "@/lib/db/client";
import { runAlertEvaluation } from "@/lib/alerts/run-alert-evaluation";
import { createBoss } from "@/lib/jobs/create-boss";
import { registerJobs } from "@/lib/jobs/register-jobs";
import { setRunningBoss } from "@/lib/jobs/running-boss";
import { purgeRateCounters } from "@/lib/rate-limit/purge-rate-counters";
import { runProbeScheduleTick } from "@/lib/probe-schedule/run-probe-schedule-tick";
import { runRetentionPurge } from "@/lib/retention/run-retention-purge";

/**
 * Starts this server process's side of the job queue, once (instrumentation.ts calls it at
 * boot; the guard also covers development reloads). The jobs themselves run on pg-boss in
 * PostgreSQL, not on timers here: with several instances each cron occurrence runs once.
 * A queue that cannot start (database down at boot) is logged and retried a minute later.
 */
export function startJobs(): void {
  const holder = globalThis as unknown as { backgroundJobsStarted?: boolean };
  if (holder.backgroundJobsStarted) return;
  holder.backgroundJobsStarted = true;
  void startQueue();
}

async function startQueue(): Promise<void> {
  const boss = createBoss({ pool: sqlPool() });
  boss.on("error", (error) => logger.warn({ err: error.message }, "job queue error"));
  try {
    await boss.start();
    await registerJobs(boss, {
      retentionPurge: retentionJob,
      alertEvaluation: () => alertEvaluationJob(boss),
      probeSchedule: probeScheduleJob,
      alertNotice: async (job) => void (await fanOutNotice(boss, job.data)),
      alertDelivery: async (job) => void (await runDeliveryJob(job, smtpSettingsFromEnv())),
    });
    setRunningBoss(boss);
    logger.info("job queue started");
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "job queue did not start; retrying in a minute");
    await boss.stop({ graceful: false }).catch(() => undefined);
    setTimeout(() => void startQueue(), 60_000).unref();
  }
}

async function retentionJob(): Promise<void> {
  const run = await runRetentionPurge();
  if (run.ran) logger.info({ job: "retention-purge", ...run.result }, "old notification events purged");
  else logger.debug({ job: "retention-purge" }, `skipped: ${run.reason}`);
  const forgotten = (await purgeSignInFailures()) + (await purgeRateCounters());
  if (forgotten > 0) logger.info({ job: "retention-purge", forgotten }, "stale sign-in and rate counters purged");
}

async function alertEvaluationJob(boss: PgBoss): Promise<void> {
  const run = await runAlertEvaluation(boss);
  if (run.opened + run.resolved + run.notices > 0) logger.info({ job: "alert-evaluation", ...run }, "alerts evaluated");
  // At debug, every run leaves a line, so an operator (and the two-instance test) can see which
  // instance worked each minute's job.
  else logger.debug({ job: "alert-evaluation", ...run }, "alerts evaluated, nothing changed");
}

async function probeScheduleJob(): Promise<void> {
  const tick = await runProbeScheduleTick();
  if (tick.checked.length + tick.failed.length > 0) {
    logger.info({ job: "probe-schedule", checked: tick.checked.length, failed: tick.failed.length }, "scheduled connectivity checks run");
  }
}
