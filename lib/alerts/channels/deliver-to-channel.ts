import "server-only";
import type { AlertChannel, AlertDelivery } from "@/generated/prisma/client";
import type { AlertNotice } from "@/lib/alerts/notice";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import type { AttemptResult } from "./attempt-result";
import { revealChannelSecret } from "./channel-secret";
import { sendEmail, type SmtpSettings } from "./send-email";
import { sendWebhook } from "./send-webhook";
import { webhookPayloadOf } from "./webhook-payload";

export type DeliveryAttempt = {
  /** Stable across the retries of one delivery (the job's id; a fresh one for a test). */
  deliveryId: string;
  attempt: number;
  test: boolean;
  smtp: SmtpSettings;
};

/**
 * One try to hand a notice to one channel, written to its delivery log. No database connection
 * is held while the receiver is waited on (at most 10 s): the statements come before and after,
 * which is what lets this run on the embedded database's one connection between requests.
 * The log line names the channel and the outcome only; never the secret, the URL or recipients.
 */
export async function deliverToChannel(channel: AlertChannel, notice: AlertNotice, attempt: DeliveryAttempt): Promise<AlertDelivery> {
  const result = await attemptDelivery(channel, notice, attempt);
  const delivery = await db().alertDelivery.create({
    data: {
      channelId: channel.id,
      alertId: notice.alertId,
      state: notice.state,
      test: attempt.test,
      attempt: attempt.attempt,
      succeeded: result.succeeded,
      responseCode: result.responseCode,
      error: result.error,
      durationMs: result.durationMs,
    },
  });
  const line = { channelId: channel.id, kind: channel.kind, alertId: notice.alertId, state: notice.state, attempt: attempt.attempt, test: attempt.test, responseCode: result.responseCode };
  if (result.succeeded) logger.info(line, "alert notice delivered");
  else logger.warn({ ...line, error: result.error }, "alert notice delivery failed");
  return delivery;
}

async function attemptDelivery(channel: AlertChannel, notice: AlertNotice, attempt: DeliveryAttempt): Promise<AttemptResult> {
  if (channel.kind === "email") return sendEmail(attempt.smtp, channel.recipients, notice, attempt.test);
  const secret = channel.secretCiphertext ? revealChannelSecret(channel.secretCiphertext) : null;
  if (!channel.url || !secret) {
    return { succeeded: false, responseCode: null, error: "the signing secret cannot be read (was AUTH_SECRET changed?): create the channel again", durationMs: 0 };
  }
  return sendWebhook(channel.url, secret, webhookPayloadOf(notice, attempt.deliveryId, attempt.test));
}
