import "server-only";
import type { PgBoss } from "pg-boss";
import { JOBS } from "@/lib/jobs/job-names";
import { stableJobId } from "@/lib/jobs/stable-job-id";
import { alertNoticeSchema, type AlertNotice } from "./notice";

/**
 * Hands an alert's state change to the channels: one job on the alert-notice queue, worked by
 * the channel deliveries. Its id follows from the alert and the state, so a repeated publish of
 * the same change (two instances handing over the same pending row at once) is dropped.
 */
export async function publishAlertNotice(boss: PgBoss, notice: AlertNotice): Promise<void> {
  const data = alertNoticeSchema.parse(notice);
  await boss.send(JOBS.alertNotice.name, data, { id: stableJobId(JOBS.alertNotice.name, data.alertId, data.state) });
}
