import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { deviceSnapshotResponseSchema, ingestDevicesResponseSchema, ingestEventsResponseSchema, ingestUsersResponseSchema } from "@/lib/telemetry/responses";
import {
  deviceBatchItemSchema,
  deviceIdSchema,
  deviceSnapshotSchema,
  deviceSnapshotsBodySchema,
  directoryUserSchema,
  directoryUsersBodySchema,
  ingestEventSchema,
  ingestEventsBodySchema,
} from "@/lib/telemetry/schemas";

/** The telemetry ingestion API: devices and the directory report here with an ingestion token. */

const tags = ["ingest"];
const access = { kind: "token" } as const;
const limits = {
  401: "No ingestion token, or an unknown or revoked one (session cookies are not accepted here)",
  413: "The body (Content-Length or bytes actually sent) exceeds INGEST_MAX_BODY_BYTES",
  429: "Over INGEST_RATE_LIMIT_PER_MINUTE requests this minute for this token; Retry-After gives the seconds until the next window",
  503: "The database is not answering; nothing was stored. Retry after Retry-After",
} as const;

/**
 * Events are checked one by one by the operation (a bad event is rejected alone, with its index),
 * so the body's own schema accepts any item; the document still shows what an event must be.
 */
const eventsBodySchema = z.object({
  events: ingestEventsBodySchema.shape.events.meta({
    description: "Up to 1,000 events, each validated on its own",
    override: ({ jsonSchema }) => {
      jsonSchema.items = eventJsonSchema();
    },
  }),
});

const eventJsonSchema = itemJsonSchema(ingestEventSchema);

/** Snapshots are checked one by one too (a bad one is rejected alone); the document shows each. */
const devicesBodySchema = z.object({
  devices: deviceSnapshotsBodySchema.shape.devices.meta({
    description: "Up to 1,000 snapshots, each a device snapshot plus the device's id, validated on its own",
    override: ({ jsonSchema }) => {
      jsonSchema.items = deviceJsonSchema();
    },
  }),
});
const deviceJsonSchema = itemJsonSchema(deviceBatchItemSchema);

/** Directory users are checked one by one as well (a malformed one is rejected alone). */
const usersBodySchema = z.object({
  users: directoryUsersBodySchema.shape.users.meta({
    description: "Up to 1,000 users, each validated on its own",
    override: ({ jsonSchema }) => {
      jsonSchema.items = userJsonSchema();
    },
  }),
});
const userJsonSchema = itemJsonSchema(directoryUserSchema);

/** The JSON Schema of one item of a batch, made once when the document is first built. */
function itemJsonSchema(schema: z.ZodType): () => Record<string, unknown> {
  let cached: Record<string, unknown> | undefined;
  return () => {
    if (!cached) {
      const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
      cached = rest;
    }
    return cached;
  };
}

export const ingestContract = {
  events: defineEndpoint({
    operationId: "ingestEvents",
    method: "POST",
    path: "/api/v1/ingest/events",
    summary: "Send up to 1,000 notification events",
    description:
      "Each event is validated on its own: valid events are stored, invalid ones are listed in `rejected` with their index, field and reason. " +
      "The id is the idempotency key, so a batch can be retried safely: ids already stored count as `duplicates`. " +
      "Events for a device the console does not know are rejected with field `deviceId` (an event is stored with its device's user and group): " +
      "send the device's snapshot with PUT /api/v1/ingest/devices/{id} first, then resend those events. " +
      "`accepted` counts only rows actually stored.",
    tags,
    access,
    body: { schema: eventsBodySchema, required: true, maxBytes: "ingest" },
    responses: { 200: { description: "Per-event result", schema: ingestEventsResponseSchema } },
    errors: { ...limits, 400: "The body is empty, not UTF-8 or not JSON", 422: "`events` is missing, empty or longer than 1,000" },
  }),
  devices: defineEndpoint({
    operationId: "ingestDeviceSnapshots",
    method: "POST",
    path: "/api/v1/ingest/devices",
    summary: "Report up to 1,000 devices' states at once",
    description:
      "Each snapshot (a device snapshot plus its `id`) is validated and applied on its own, with the same rule as PUT /api/v1/ingest/devices/{id}: " +
      "a snapshot not newer than the stored one changes nothing (`stale`). Invalid ones, unknown UPNs and ids repeated in the batch are listed in `rejected` with their index, field and reason.",
    tags,
    access,
    body: { schema: devicesBodySchema, required: true, maxBytes: "ingest" },
    responses: { 200: { description: "Per-device result", schema: ingestDevicesResponseSchema } },
    errors: { ...limits, 400: "The body is empty, not UTF-8 or not JSON", 422: "`devices` is missing, empty or longer than 1,000" },
  }),
  device: defineEndpoint({
    operationId: "putDeviceSnapshot",
    method: "PUT",
    path: "/api/v1/ingest/devices/{id}",
    summary: "Report a device's state as observed at observedAt",
    description:
      "Creates or updates the device. A snapshot observed at or before the stored one changes nothing and is answered with " +
      '`applied: false, status: "stale"`, so late or repeated snapshots are harmless. The id is the device\'s own, chosen by the ' +
      "reporting system, so a malformed one is a 422 naming `id` (the device would be created), not a 404.",
    tags,
    access,
    params: z.object({ id: deviceIdSchema.meta({ description: "The device's id: letters, digits, '.', '_', ':' or '-'" }) }),
    body: { schema: deviceSnapshotSchema, required: true, maxBytes: "ingest" },
    responses: {
      200: { description: "Updated, or ignored as stale", schema: deviceSnapshotResponseSchema },
      201: { description: "Created", schema: deviceSnapshotResponseSchema },
    },
    errors: { ...limits, 400: "The body is empty, not UTF-8 or not JSON", 422: "Invalid field (named in `fields`), or `userUpn` is not a directory user" },
  }),
  users: defineEndpoint({
    operationId: "syncDirectoryUsers",
    method: "POST",
    path: "/api/v1/ingest/users",
    summary: "Directory sync: upsert up to 1,000 users by UPN",
    description:
      "Users are matched by UPN. Each user is validated on its own: a malformed user, a UPN repeated in the batch, or a user naming an unknown group (a delivery group is never created here: it carries policies an admin sets) is listed in `rejected` with its index, field and reason, and the others are stored. " +
      "A change of a user's group is recorded in the audit log (`directory.group_change`, with the groups before and after).",
    tags,
    access,
    body: { schema: usersBodySchema, required: true, maxBytes: "ingest" },
    responses: { 200: { description: "Counts and per-user rejections", schema: ingestUsersResponseSchema } },
    errors: { ...limits, 400: "The body is empty, not UTF-8 or not JSON", 422: "`users` is missing, empty or longer than 1,000" },
  }),
};
