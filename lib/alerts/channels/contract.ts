import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { isStorableText, nameText } from "@/lib/domain/text";

/** Alert channels: shared by the channels page, the alert-channels API and its document. */

export const CHANNEL_KINDS = ["webhook", "email"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * http and https only. Any host is accepted, loopback and private addresses too: channels are set
 * up by admins, and a receiver inside the company network is the common case.
 */
const webhookUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .max(2000, "must be at most 2000 characters")
  .refine(isStorableText, "must not contain NUL characters or half surrogate pairs")
  .meta({ description: "Receives a signed POST per notice (see the alertNotice webhook)" });

const recipients = z
  .array(z.email({ error: "must be an email address" }).max(254))
  .min(1, "needs at least one recipient")
  .max(20, "at most 20 recipients")
  .meta({ description: "Addresses the notice is mailed to (through SMTP_URL)" });

export const createChannelSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("webhook"), name: nameText(100), url: webhookUrl, enabled: z.boolean().default(true) }),
  z.strictObject({ kind: z.literal("email"), name: nameText(100), recipients, enabled: z.boolean().default(true) }),
]);
export type CreateChannelInput = z.input<typeof createChannelSchema>;

/** Fields left out stay as they are; `url` is for webhooks only, `recipients` for email only. */
export const updateChannelSchema = z.strictObject({
  name: nameText(100).optional(),
  enabled: z.boolean().optional(),
  url: webhookUrl.optional(),
  recipients: recipients.optional(),
});
export type UpdateChannelInput = z.input<typeof updateChannelSchema>;

export const deliverySchema = z
  .strictObject({
    id: z.uuid(),
    channelId: z.uuid(),
    alertId: z.uuid(),
    state: z.string().meta({ description: "The notice's alert state: firing or resolved" }),
    test: z.boolean().meta({ description: "Sent with “Send test”" }),
    attempt: z.number().int().meta({ description: "1 for the first try, then one more per retry" }),
    succeeded: z.boolean(),
    responseCode: z.number().int().nullable().meta({ description: "The webhook's HTTP status, or the SMTP server's reply code" }),
    error: z.string().nullable().meta({ description: "Why the attempt failed (timeout, refused connection, HTTP status …)" }),
    durationMs: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "AlertDelivery" });
export type DeliveryView = z.output<typeof deliverySchema>;

/** A channel as listed: never its secret, only the prefix that identifies it. */
export const channelSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(CHANNEL_KINDS),
    enabled: z.boolean(),
    url: z.string().nullable(),
    recipients: z.array(z.string()),
    secretPrefix: z.string().nullable().meta({ description: "First characters of a webhook's signing secret, to recognise it" }),
    createdByEmail: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lastDelivery: deliverySchema.nullable(),
  })
  .meta({ id: "AlertChannel" });
export type ChannelView = z.output<typeof channelSchema>;

export const createdChannelSchema = z.strictObject({
  channel: channelSchema,
  secret: z
    .string()
    .nullable()
    .meta({ description: "A webhook's signing secret, in this response only (stored encrypted); null for email" }),
});
export type CreatedChannel = z.output<typeof createdChannelSchema>;

export const channelListSchema = z.strictObject({
  channels: z.array(channelSchema),
  smtpConfigured: z.boolean().meta({ description: "Whether SMTP_URL is set; without it email deliveries fail" }),
});

export const deliveriesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

const tags = ["alerts"];
const access = { kind: "user", permission: "alert_channel:manage" } as const;
const params = z.object({ id: resourceIdSchema("alert channel") });

export const alertChannelsContract = {
  list: defineEndpoint({
    operationId: "listAlertChannels",
    method: "GET",
    path: "/api/v1/alert-channels",
    summary: "List alert channels with their last delivery (never their secrets)",
    tags,
    access,
    responses: { 200: { description: "Every channel, by name", schema: channelListSchema } },
  }),
  create: defineEndpoint({
    operationId: "createAlertChannel",
    method: "POST",
    path: "/api/v1/alert-channels",
    summary: "Create a webhook or email channel; a webhook's signing secret is in this response only",
    tags,
    access,
    body: { schema: createChannelSchema, required: true },
    responses: { 201: { description: "Created", schema: createdChannelSchema } },
  }),
  update: defineEndpoint({
    operationId: "updateAlertChannel",
    method: "PATCH",
    path: "/api/v1/alert-channels/{id}",
    summary: "Rename, enable or disable a channel, or change its URL or recipients",
    tags,
    access,
    params,
    body: { schema: updateChannelSchema, required: true },
    responses: { 200: { description: "The channel as changed", schema: channelSchema } },
  }),
  remove: defineEndpoint({
    operationId: "deleteAlertChannel",
    method: "DELETE",
    path: "/api/v1/alert-channels/{id}",
    summary: "Delete a channel and its delivery log; deliveries still queued for it are dropped",
    tags,
    access,
    params,
    responses: { 200: { description: "The deleted channel", schema: channelSchema } },
  }),
  test: defineEndpoint({
    operationId: "testAlertChannel",
    method: "POST",
    path: "/api/v1/alert-channels/{id}/test",
    summary: "Send a test notice to the channel now (once, no retry) and answer with the result",
    description: "A webhook test waits at most 10 s for the receiver. The attempt is logged like any delivery, marked test.",
    tags,
    access,
    params,
    responses: { 200: { description: "The attempt, succeeded or not", schema: deliverySchema } },
  }),
  deliveries: defineEndpoint({
    operationId: "listAlertChannelDeliveries",
    method: "GET",
    path: "/api/v1/alert-channels/{id}/deliveries",
    summary: "The channel's delivery log, newest first",
    tags,
    access,
    params,
    query: deliveriesQuerySchema,
    responses: { 200: { description: "The latest attempts", schema: z.strictObject({ deliveries: z.array(deliverySchema) }) } },
  }),
};
