import type { PgBoss } from "pg-boss";
import { JOBS } from "./job-names";

/** A job as the alert workers read it: its id and how many times it was retried before. */
export type QueuedJob = { id: string; data: unknown; retryCount: number };

export type JobHandlers = {
  retentionPurge: () => Promise<void>;
  /** Left out by callers that do not evaluate alerts (the two-instance test of the purge). */
  alertEvaluation?: () => Promise<void>;
  /** Left out by callers that do not run scheduled connectivity checks (the two-instance test). */
  probeSchedule?: () => Promise<void>;
  /**
   * The alert channels' two workers (lib/alerts/channels). Optional so a test of the cron queues
   * alone need not build them; the server always passes both (lib/boot/start-jobs.ts).
   */
  alertNotice?: (job: QueuedJob) => Promise<void>;
  alertDelivery?: (job: QueuedJob) => Promise<void>;
};

/** Queue settings a test shortens (a real back-off would make a retry test wait half a minute). */
export type QueueTuning = { alertDeliveryRetryDelaySeconds?: number };

/**
 * Alert deliveries: 5 retries after the first attempt, 30 s doubling each time (with pg-boss's
 * jitter), at most 10 minutes apart: about 15 minutes in all, long enough for a receiver's
 * restart or a short outage, short enough that a notice arriving later than that has lost its
 * use (the alert's state is on the console anyway). A job may run 60 s: the 10 s webhook
 * timeout (or the SMTP ones) plus its two statements.
 */
const ALERT_DELIVERY_QUEUE = { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 60 } as const;

/**
 * Creates the queues, their cron schedules and this instance's workers. Idempotent: every
 * instance calls it at start (createQueue and schedule upsert). The retention queue is a
 * `singleton` queue: at most one of its jobs is active at a time across all instances, so a
 * purge that runs past its hour never overlaps the next one. Alert evaluation is a singleton queue
 * too: a cron occurrence is sent once per minute whatever the number of instances, and a run that
 * overruns its minute is not doubled by the next (a second evaluation at once would still open no
 * duplicate alert: the open key is unique). No retries: the next minute evaluates again anyway.
 */
export async function registerJobs(
  boss: PgBoss,
  handlers: JobHandlers,
  crons: Partial<Record<keyof JobHandlers, string>> = {},
  tuning: QueueTuning = {},
): Promise<void> {
  const { retentionPurge, alertNotice, alertDelivery } = JOBS;
  await boss.createQueue(retentionPurge.name, { policy: "singleton", retryLimit: 2, retryDelay: 60, retryBackoff: true });
  await boss.schedule(retentionPurge.name, crons.retentionPurge ?? retentionPurge.cron);
  await boss.work(retentionPurge.name, async () => {
    await handlers.retentionPurge();
  });

  const { alertEvaluation } = JOBS;
  const evaluate = handlers.alertEvaluation;
  if (evaluate) {
    await boss.createQueue(alertEvaluation.name, { policy: "singleton", retryLimit: 0, expireInSeconds: 300 });
    await boss.schedule(alertEvaluation.name, crons.alertEvaluation ?? alertEvaluation.cron);
    await boss.work(alertEvaluation.name, async () => {
      await evaluate();
    });
  }
  // Singleton as well: one tick at a time across instances, so a slow tick (up to 5 groups'
  // probes, lib/probe-schedule/run-probe-schedule-tick.ts) is never doubled by the next. It may run
  // 5 minutes; no retries, the next tick picks the due groups again.
  const { probeSchedule } = JOBS;
  const tick = handlers.probeSchedule;
  if (tick) {
    await boss.createQueue(probeSchedule.name, { policy: "singleton", retryLimit: 0, expireInSeconds: 300 });
    await boss.schedule(probeSchedule.name, crons.probeSchedule ?? probeSchedule.cron);
    await boss.work(probeSchedule.name, async () => {
      await tick();
    });
  }
  // Created here as well as by whoever publishes first: createQueue is idempotent.
  await boss.createQueue(alertNotice.name, { retryLimit: 3, retryDelay: 10, retryBackoff: true });
  await boss.createQueue(alertDelivery.name, { ...ALERT_DELIVERY_QUEUE, retryDelay: tuning.alertDeliveryRetryDelaySeconds ?? ALERT_DELIVERY_QUEUE.retryDelay });
  const { alertNotice: onNotice, alertDelivery: onDelivery } = handlers;
  // batchSize 1 (the default): each job is settled on its own, so one failed delivery retries alone.
  if (onNotice) await boss.work(alertNotice.name, async ([job]) => void (job && (await onNotice(job))));
  // Deliveries run four at a time per instance: each waits on someone else's server (up to the
  // 10 s webhook timeout), so one at a time lets a dead channel hold up every other channel's
  // notice. On the embedded database their statements still queue on the one connection.
  if (onDelivery) await boss.work(alertDelivery.name, { localConcurrency: 4 }, async ([job]) => void (job && (await onDelivery(job))));
}
