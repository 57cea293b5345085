import { z } from "zod";
import type { ZodOpenApiPathItemObject } from "zod-openapi";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./webhook-signature";
import { webhookPayloadSchema } from "./webhook-payload";

/** The OpenAPI description of the POST a webhook channel receives, from the schema deliveries are built with. */
export const alertNoticeWebhook: ZodOpenApiPathItemObject = {
  post: {
    operationId: "alertNoticeWebhook",
    summary: "Sent to a webhook channel when an alert fires or resolves, and by “Send test”",
    description: [
      `Verify before trusting the body: compute HMAC-SHA256 with the channel's signing secret (shown once, at creation) over`,
      `\`<${TIMESTAMP_HEADER}>.<raw body>\` and compare, in constant time, with the hex after \`sha256=\` in ${SIGNATURE_HEADER};`,
      `refuse timestamps far from your clock. Answer 2xx within 10 s; anything else (or no answer) is retried up to 5 times with`,
      `exponential back-off starting at 30 s. ${DELIVERY_HEADER} is the same on every retry of one delivery.`,
    ].join(" "),
    tags: ["alerts"],
    // Nothing to authenticate to the console: the receiver authenticates the sender by the signature.
    security: [],
    requestParams: {
      header: z.object({
        [TIMESTAMP_HEADER]: z.string().regex(/^\d+$/).meta({ description: "Unix seconds when the attempt was sent" }),
        [SIGNATURE_HEADER]: z.string().regex(/^sha256=[0-9a-f]{64}$/).meta({ description: "sha256=<hex HMAC-SHA256 over `${timestamp}.${body}`>" }),
        [DELIVERY_HEADER]: z.string().meta({ description: "The delivery's id, unchanged across retries" }),
      }),
    },
    requestBody: { required: true, content: { "application/json": { schema: webhookPayloadSchema } } },
    responses: {
      "200": { description: "Any 2xx answer counts as delivered" },
      "400": { description: "A 4xx answer (a signature the receiver refused, say) is retried too" },
      "500": { description: "Any other answer, or none within 10 s, is retried" },
    },
  },
};
