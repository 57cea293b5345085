import type { PgBoss } from "pg-boss";
import { JOBS } from "./job-names";

export type JobHandlers = {
  retentionPurge: () => Promise<void>;
};

/**
 * Creates the queues, their cron schedules and this instance's workers. Idempotent: every
 * instance calls it at start (createQueue and schedule upsert). The retention queue is a
 * `singleton` queue: at most one of its jobs is active at a time across all instances, so a
 * purge that runs past its hour never overlaps the next one.
 */
export async function registerJobs(boss: PgBoss, handlers: JobHandlers, crons: Partial<Record<keyof JobHandlers, string>> = {}): Promise<void> {
  const { retentionPurge } = JOBS;
  await boss.createQueue(retentionPurge.name, { policy: "singleton", retryLimit: 2, retryDelay: 60, retryBackoff: true });
  await boss.schedule(retentionPurge.name, crons.retentionPurge ?? retentionPurge.cron);
  await boss.work(retentionPurge.name, async () => {
    await handlers.retentionPurge();
  });
}
