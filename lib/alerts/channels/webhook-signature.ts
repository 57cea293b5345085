import { createHmac, timingSafeEqual } from "node:crypto";

/** Unix seconds of the send; receivers should refuse a timestamp far from their clock (replays). */
export const TIMESTAMP_HEADER = "X-RichPush-Timestamp";
/** `sha256=<hex>`: HMAC-SHA256 with the channel's secret over `${timestamp}.${body}`. */
export const SIGNATURE_HEADER = "X-RichPush-Signature";
/** The delivery's id, the same on every retry of it. */
export const DELIVERY_HEADER = "X-RichPush-Delivery";

/** The signature header's value for one body sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
