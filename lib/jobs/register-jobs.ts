import type { PgBoss } from "pg-boss";
import { JOBS } from "./job-names";

export type JobHandlers = {
  retentionPurge: () => Promise<void>;
  /** Left out by callers that do not evaluate alerts (the two-instance test of the purge). */
  alertEvaluation?: () => Promise<void>;
};

/**
 * Creates the queues, their cron schedules and this instance's workers. Idempotent: every
 * instance calls it at start (createQueue and schedule upsert). The retention queue is a
 * `singleton` queue: at most one of its jobs is active at a time across all instances, so a
 * purge that runs past its hour never overlaps the next one. Alert evaluation is a singleton queue
 * too: a cron occurrence is sent once per minute whatever the number of instances, and a run that
 * overruns its minute is not doubled by the next (a second evaluation at once would still open no
 * duplicate alert: the open key is unique). No retries: the next minute evaluates again anyway.
 */
export async function registerJobs(boss: PgBoss, handlers: JobHandlers, crons: Partial<Record<keyof JobHandlers, string>> = {}): Promise<void> {
  const { retentionPurge } = JOBS;
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
}
