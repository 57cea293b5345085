/** Queues of the app's background jobs, each with the cron schedule pg-boss keeps for it. */
export const JOBS = {
  retentionPurge: { name: "retention-purge", cron: "7 * * * *" },
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS]["name"];
