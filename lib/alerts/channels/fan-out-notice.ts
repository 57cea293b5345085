import "server-only";
import type { PgBoss } from "pg-boss";
import { alertNoticeSchema } from "@/lib/alerts/notice";
import { db } from "@/lib/db/client";
import { JOBS } from "@/lib/jobs/job-names";
import { stableJobId } from "@/lib/jobs/stable-job-id";
import { logger } from "@/lib/log/logger";
import type { DeliveryJobData } from "./delivery-job";

/**
 * The alert-notice worker: one alert-delivery job per enabled channel, so each channel is retried
 * on its own and a slow or failing receiver never holds up the others. One short read and a few
 * inserts on the queue: it fits the embedded database's one connection. The job id, from channel,
 * alert and state, keeps a retried fan-out from queueing a second delivery of the same change.
 */
export async function fanOutNotice(boss: PgBoss, data: unknown): Promise<number> {
  const notice = alertNoticeSchema.parse(data);
  const channels = await db().alertChannel.findMany({ where: { enabled: true }, select: { id: true } });
  for (const channel of channels) {
    const job: DeliveryJobData = { channelId: channel.id, notice };
    await boss.send(JOBS.alertDelivery.name, job, { id: stableJobId(JOBS.alertDelivery.name, channel.id, notice.alertId, notice.state) });
  }
  logger.info({ alertId: notice.alertId, state: notice.state, channels: channels.length }, "alert notice queued for its channels");
  return channels.length;
}
