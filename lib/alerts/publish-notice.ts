import "server-only";
import type { PgBoss } from "pg-boss";
import { JOBS } from "@/lib/jobs/job-names";
import { alertNoticeSchema, type AlertNotice } from "./notice";

/**
 * Hands an alert's state change to the channels: one job on the alert-notice queue, worked by
 * the channel deliveries. The singleton key makes a repeated publish of the same change a no-op.
 */
export async function publishAlertNotice(boss: PgBoss, notice: AlertNotice): Promise<void> {
  const data = alertNoticeSchema.parse(notice);
  await boss.send(JOBS.alertNotice.name, data, { singletonKey: `${data.alertId}:${data.state}` });
}
