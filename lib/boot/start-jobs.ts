import { logger, type Logger } from "@/lib/log/logger";
import { purgeSignInFailures } from "@/lib/auth/sign-in-throttle";
import { purgeRateCounters } from "@/lib/rate-limit/purge-rate-counters";
import { runRetentionPurge } from "@/lib/retention/run-retention-purge";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type JobSchedule = {
  intervalMs: number;
  /** Each wait is intervalMs ± up to jitterMs, so instances started together do not run together. */
  jitterMs: number;
  /** Wait before the first run, plus jitter: the server finishes starting first. */
  firstDelayMs: number;
  random?: () => number;
};

const RETENTION_SCHEDULE: JobSchedule = { intervalMs: HOUR_MS, jitterMs: 5 * MINUTE_MS, firstDelayMs: 2 * MINUTE_MS };

/**
 * Starts the background jobs of this server process, once (instrumentation.ts calls it at boot;
 * the guard also covers development reloads). Today: the hourly event retention purge.
 */
export function startJobs(): void {
  const holder = globalThis as unknown as { backgroundJobsStarted?: boolean };
  if (holder.backgroundJobsStarted) return;
  holder.backgroundJobsStarted = true;
  scheduleJob("event-retention", retentionJob, RETENTION_SCHEDULE);
}

async function retentionJob(): Promise<void> {
  const run = await runRetentionPurge();
  if (run.ran) logger.info({ job: "event-retention", ...run.result }, "old notification events purged");
  else logger.debug({ job: "event-retention" }, `skipped: ${run.reason}`);
  const forgotten = (await purgeSignInFailures()) + (await purgeRateCounters());
  if (forgotten > 0) logger.info({ job: "event-retention", forgotten }, "stale sign-in and rate counters purged");
}

/**
 * Runs `job` repeatedly; the next wait starts when a run ends, so runs never overlap. A failed
 * run (e.g. the database is down) is logged and retried at the next turn. Timers are unref'd so
 * they never keep a stopping process alive. Returns a function that stops the schedule.
 */
export function scheduleJob(name: string, job: () => Promise<void>, schedule: JobSchedule, log: Pick<Logger, "warn"> = logger): () => void {
  const random = schedule.random ?? Math.random;
  const jitter = () => (random() * 2 - 1) * schedule.jitterMs;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const arm = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.max(0, delayMs));
    timer.unref?.();
  };
  async function run() {
    try {
      await job();
    } catch (error) {
      log.warn({ job: name, err: error instanceof Error ? error.message : String(error) }, "background job failed; retrying at its next turn");
    }
    arm(schedule.intervalMs + jitter());
  }

  arm(schedule.firstDelayMs + random() * schedule.jitterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
