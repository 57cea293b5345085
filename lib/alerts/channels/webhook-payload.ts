import { z } from "zod";
import { alertNoticeSchema, type AlertNotice } from "@/lib/alerts/notice";

/**
 * The JSON body every webhook channel receives (POST, application/json). Registered in the
 * OpenAPI document as the `alertNotice` webhook, with its signature headers. The alert itself is
 * the AlertNotice as evaluation published it, so receivers read one shape for real and test sends.
 */
export const webhookPayloadSchema = z
  .strictObject({
    type: z.enum(["alert.firing", "alert.resolved"]).meta({ description: "The alert's new state" }),
    test: z.boolean().meta({ description: "true for a notice sent with “Send test”: no alert changed state" }),
    deliveryId: z.string().meta({ description: "The same on every retry of one delivery, so a receiver can drop repeats" }),
    sentAt: z.iso.datetime().meta({ description: "When this attempt was sent" }),
    alert: alertNoticeSchema.meta({ id: "AlertNotice", description: "The alert's state change" }),
  })
  .meta({ id: "AlertWebhookPayload" });
export type WebhookPayload = z.output<typeof webhookPayloadSchema>;

export function webhookPayloadOf(notice: AlertNotice, deliveryId: string, test: boolean, now = new Date()): WebhookPayload {
  return { type: notice.state === "firing" ? "alert.firing" : "alert.resolved", test, deliveryId, sentAt: now.toISOString(), alert: notice };
}
