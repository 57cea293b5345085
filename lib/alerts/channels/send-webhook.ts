import "server-only";
import { shortError, type AttemptResult } from "./attempt-result";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from "./webhook-signature";
import type { WebhookPayload } from "./webhook-payload";

/** How long a receiver may take to answer before the attempt counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs one signed payload. Success is a 2xx answer. Redirects are not followed (a 3xx is a
 * failure): the signed notice goes to the URL the admin set, nowhere else.
 */
export async function sendWebhook(url: string, secret: string, payload: WebhookPayload): Promise<AttemptResult> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.parse(payload.sentAt) / 1000));
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "RichPushConsole-Webhook/1",
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
        [DELIVERY_HEADER]: payload.deliveryId,
      },
      body,
    });
    // The receiver's body is not needed; cancelling frees the connection.
    await response.body?.cancel().catch(() => undefined);
    const succeeded = response.status >= 200 && response.status < 300;
    return { succeeded, responseCode: response.status, error: succeeded ? null : `HTTP ${response.status}`, durationMs: elapsed() };
  } catch (error) {
    return { succeeded: false, responseCode: null, error: shortError(fetchErrorText(error)), durationMs: elapsed() };
  }
}

function fetchErrorText(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (cause && typeof cause.message === "string") return cause.message;
    return error.message;
  }
  return String(error);
}
