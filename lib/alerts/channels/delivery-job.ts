import "server-only";
import { z } from "zod";
import { alertNoticeSchema } from "@/lib/alerts/notice";
import { db } from "@/lib/db/client";
import { deliverToChannel } from "./deliver-to-channel";
import type { SmtpSettings } from "./send-email";

export const deliveryJobDataSchema = z.object({ channelId: z.uuid(), notice: alertNoticeSchema });
export type DeliveryJobData = z.output<typeof deliveryJobDataSchema>;

/** What the worker needs of a pg-boss job: its id (the delivery id) and which attempt this is. */
export type DeliveryJob = { id: string; data: unknown; retryCount: number };

export class DeliveryFailed extends Error {}

/**
 * The alert-delivery worker: one attempt, logged. A failed attempt throws, so pg-boss retries it
 * with exponential back-off (queue settings in lib/jobs/register-jobs.ts); after the last one the
 * job stays failed and the log shows every attempt. A channel deleted or disabled meanwhile is
 * skipped: the admin turned it off.
 */
export async function runDeliveryJob(job: DeliveryJob, smtp: SmtpSettings): Promise<"delivered" | "skipped"> {
  const { channelId, notice } = deliveryJobDataSchema.parse(job.data);
  const channel = await db().alertChannel.findUnique({ where: { id: channelId } });
  if (!channel || !channel.enabled) return "skipped";
  const delivery = await deliverToChannel(channel, notice, { deliveryId: job.id, attempt: job.retryCount + 1, test: false, smtp });
  if (!delivery.succeeded) throw new DeliveryFailed(`attempt ${delivery.attempt} failed: ${delivery.error ?? "no detail"}`);
  return "delivered";
}
