/** Queues of the app's background jobs, each with the cron schedule pg-boss keeps for it. */
export const JOBS = {
  retentionPurge: { name: "retention-purge", cron: "7 * * * *" },
  /** Every minute: alert rules judged over their windows (lib/alerts/run-alert-evaluation.ts). */
  alertEvaluation: { name: "alert-evaluation", cron: "* * * * *" },
  /** Every 5 minutes: the groups whose scheduled connectivity check is due (lib/probe-schedule). */
  probeSchedule: { name: "probe-schedule", cron: "*/5 * * * *" },
  /** One job per alert state change; its payload is an AlertNotice (lib/alerts/notice.ts). */
  alertNotice: { name: "alert-notice", cron: null },
  /** One job per notice and channel (lib/alerts/channels/delivery-job.ts), retried with back-off. */
  alertDelivery: { name: "alert-delivery", cron: null },
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS]["name"];
