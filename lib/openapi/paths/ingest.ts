import { CAUSE_CODES, INBOX_ACTIVITIES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
import { MAX_SYNC_DELAY_MS } from "@/lib/telemetry/schemas";
import { DELIVERY_DESCRIPTIONS } from "../delivery-descriptions";
import { errorResponse, type OpenApiPaths, type SchemaObject } from "../types";

/** OpenAPI paths of the telemetry ingestion API and of the ingestion tokens that guard it. */

const ingestSecurity = [{ ingestToken: [] }];
const json = (schema: SchemaObject) => ({ "application/json": { schema } });
const rateLimited = {
  ...errorResponse("Over INGEST_RATE_LIMIT_PER_MINUTE requests this minute for this token"),
  headers: { "Retry-After": { description: "Seconds until the token's next minute window", schema: { type: "integer" } } },
};
const commonIngestErrors = {
  "400": errorResponse("The body is empty, not UTF-8 or not JSON"),
  "401": errorResponse("No ingestion token, or an unknown or revoked one (session cookies are not accepted here)"),
  "413": errorResponse("The body (Content-Length or bytes actually sent) exceeds INGEST_MAX_BODY_BYTES"),
  "429": rateLimited,
  "503": errorResponse("The database is not answering; nothing was stored. Retry after Retry-After"),
};

const rejection: SchemaObject = {
  type: "object",
  required: ["index", "reason"],
  properties: {
    index: { type: "integer", description: "Position in the request's list" },
    id: { type: "string" },
    field: { type: "string", description: "The offending field, e.g. cause, occurredAt, deviceId" },
    reason: { type: "string" },
  },
};

const stepTiming: SchemaObject = {
  type: "object",
  required: ["step", "durationMs", "ok"],
  properties: {
    step: { enum: [...STEPS] },
    durationMs: { type: "integer", minimum: 0, maximum: 600000 },
    ok: { type: "boolean" },
  },
};

const event: SchemaObject = {
  type: "object",
  required: ["id", "deviceId", "occurredAt", "outcome"],
  properties: {
    id: { type: "string", maxLength: 100, description: "Idempotency key: an id already stored is counted as a duplicate, never stored twice" },
    deviceId: { type: "string", description: "A device registered with PUT /api/v1/ingest/devices/{id}" },
    occurredAt: { type: "string", format: "date-time", description: "From 2000-01-01 to one hour ahead of the server's clock" },
    outcome: { enum: [...OUTCOMES], description: DELIVERY_DESCRIPTIONS.outcome },
    cause: { enum: [...CAUSE_CODES, null], description: DELIVERY_DESCRIPTIONS.cause },
    failedStep: {
      enum: [...STEPS, null],
      description:
        "Absent for rich and sync; one of the cause's steps (channel_failed: gateway_connect or exchange_connect); when steps are given, it must appear there with ok: false",
    },
    steps: { type: "array", items: stepTiming, description: "Per-step timings in path order; absent for sync (no push → EWS path)" },
    delayMs: {
      type: "integer",
      minimum: 0,
      maximum: MAX_SYNC_DELAY_MS,
      description: `${DELIVERY_DESCRIPTIONS.delayMs}; rejected on other outcomes`,
    },
    activity: { enum: [...INBOX_ACTIVITIES], description: DELIVERY_DESCRIPTIONS.activity },
    badgeCount: { type: "integer", minimum: 0, description: DELIVERY_DESCRIPTIONS.badgeCount },
  },
};

const snapshot: SchemaObject = {
  type: "object",
  required: ["userUpn", "model", "iosVersion", "appVersion", "derivedCredentials", "mailNotificationsEnabled", "iosNotificationsAllowed", "backgroundAppRefresh", "lowPowerMode", "observedAt"],
  properties: {
    userUpn: { type: "string", description: "A directory user sent with POST /api/v1/ingest/users (case-insensitive)" },
    model: { type: "string" },
    iosVersion: { type: "string", example: "18.2" },
    appVersion: { type: "string", example: "24.9.0" },
    derivedCredentials: { type: "boolean" },
    mailNotificationsEnabled: { type: "boolean", description: "Secure Mail > Settings > Notifications > Mail Notifications" },
    iosNotificationsAllowed: { type: "boolean" },
    backgroundAppRefresh: { type: "boolean" },
    lowPowerMode: { type: "boolean" },
    observedAt: { type: "string", format: "date-time", description: "When the device reported this state; at most one hour ahead of the server" },
  },
};

const directoryUser: SchemaObject = {
  type: "object",
  required: ["upn", "displayName", "email", "group"],
  properties: {
    upn: { type: "string", description: "Stored lower-case; the upsert key" },
    displayName: { type: "string" },
    email: { type: "string", format: "email" },
    group: { type: "string", description: "Name of an existing delivery group" },
  },
};

const token: SchemaObject = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    prefix: { type: "string", description: "First characters of the secret, to recognise it" },
    createdByEmail: { type: ["string", "null"] },
    createdAt: { type: "string", format: "date-time" },
    lastUsedAt: { type: ["string", "null"], format: "date-time", description: "Updated at most once a minute" },
    revokedAt: { type: ["string", "null"], format: "date-time" },
  },
};

export const ingestPaths: OpenApiPaths = {
  "/api/v1/ingest/events": {
    post: {
      summary: "Send up to 1,000 notification events",
      description:
        "Each event is validated on its own: valid events are stored, invalid ones are listed in `rejected` with their index, field and reason. " +
        "The id is the idempotency key, so a batch can be retried safely: ids already stored count as `duplicates`. " +
        "Events for a device the console does not know are rejected with field `deviceId` (an event is stored with its device's user and group): " +
        "send the device's snapshot with PUT /api/v1/ingest/devices/{id} first, then resend those events. " +
        "`accepted` counts only rows actually stored.",
      tags: ["ingest"],
      security: ingestSecurity,
      requestBody: { required: true, content: json({ type: "object", required: ["events"], properties: { events: { type: "array", minItems: 1, maxItems: 1000, items: event } } }) },
      responses: {
        "200": {
          description: "Per-event result",
          content: json({ type: "object", required: ["accepted", "duplicates", "rejected"], properties: { accepted: { type: "integer" }, duplicates: { type: "integer" }, rejected: { type: "array", items: rejection } } }),
        },
        "422": errorResponse("`events` is missing, empty or longer than 1,000"),
        ...commonIngestErrors,
      },
    },
  },
  "/api/v1/ingest/devices": {
    post: {
      summary: "Report up to 1,000 devices' states at once",
      description:
        "Each snapshot (a device snapshot plus its `id`) is validated and applied on its own, with the same rule as PUT /api/v1/ingest/devices/{id}: " +
        "a snapshot not newer than the stored one changes nothing (`stale`). Invalid ones, unknown UPNs and ids repeated in the batch are listed in `rejected` with their index, field and reason.",
      tags: ["ingest"],
      security: ingestSecurity,
      requestBody: {
        required: true,
        content: json({
          type: "object",
          required: ["devices"],
          properties: { devices: { type: "array", minItems: 1, maxItems: 1000, items: { ...snapshot, required: ["id", ...(snapshot.required as string[])], properties: { id: { type: "string" }, ...(snapshot.properties as object) } } } },
        }),
      },
      responses: {
        "200": {
          description: "Per-device result",
          content: json({
            type: "object",
            required: ["created", "updated", "stale", "rejected"],
            properties: { created: { type: "integer" }, updated: { type: "integer" }, stale: { type: "integer" }, rejected: { type: "array", items: rejection } },
          }),
        },
        "422": errorResponse("`devices` is missing, empty or longer than 1,000"),
        ...commonIngestErrors,
      },
    },
  },
  "/api/v1/ingest/devices/{id}": {
    put: {
      summary: "Report a device's state as observed at observedAt",
      description: "Creates or updates the device. A snapshot observed at or before the stored one changes nothing and is answered with `applied: false, status: \"stale\"`, so late or repeated snapshots are harmless.",
      tags: ["ingest"],
      security: ingestSecurity,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,100}$" } }],
      requestBody: { required: true, content: json(snapshot) },
      responses: {
        "200": { description: "Updated, or ignored as stale", content: json({ type: "object", properties: { deviceId: { type: "string" }, applied: { type: "boolean" }, status: { enum: ["updated", "stale"] } } }) },
        "201": { description: "Created", content: json({ type: "object", properties: { deviceId: { type: "string" }, applied: { const: true }, status: { const: "created" } } }) },
        "422": errorResponse("Invalid field (named in `fields`), or `userUpn` is not a directory user"),
        ...commonIngestErrors,
      },
    },
  },
  "/api/v1/ingest/users": {
    post: {
      summary: "Directory sync: upsert up to 1,000 users by UPN",
      description:
        "Users are matched by UPN. A delivery group is never created here (it carries policies an admin sets): a user naming an unknown group is listed in `rejected` and the others are stored. " +
        "A change of a user's group is recorded in the audit log (`directory.group_change`, with the groups before and after).",
      tags: ["ingest"],
      security: ingestSecurity,
      requestBody: { required: true, content: json({ type: "object", required: ["users"], properties: { users: { type: "array", minItems: 1, maxItems: 1000, items: directoryUser } } }) },
      responses: {
        "200": {
          description: "Counts and per-user rejections",
          content: json({
            type: "object",
            properties: {
              upserted: { type: "integer", description: "created + updated + unchanged" },
              created: { type: "integer" },
              updated: { type: "integer" },
              unchanged: { type: "integer" },
              groupChanges: { type: "integer" },
              rejected: { type: "array", items: { ...rejection, properties: { ...(rejection.properties as object), upn: { type: "string" } } } },
            },
          }),
        },
        "422": errorResponse("A malformed user or a UPN repeated in the batch (nothing stored)"),
        ...commonIngestErrors,
      },
    },
  },
  "/api/v1/tokens": {
    get: { summary: "List ingestion tokens (never their secrets)", tags: ["tokens"], responses: { "200": { description: "Tokens", content: json({ type: "object", properties: { tokens: { type: "array", items: token } } }) }, "403": errorResponse("Needs token:manage") } },
    post: {
      summary: "Create an ingestion token; the secret is in this response only",
      tags: ["tokens"],
      requestBody: { required: true, content: json({ type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 100 } } }) },
      responses: {
        "201": { description: "Created", content: json({ type: "object", properties: { token, secret: { type: "string", description: "Send as Authorization: Bearer <secret>" } } }) },
        "403": errorResponse("Needs token:manage"),
        "422": errorResponse("Invalid name"),
      },
    },
  },
  "/api/v1/tokens/{id}": {
    delete: {
      summary: "Revoke an ingestion token (refused from the next request on); revoking twice is harmless",
      tags: ["tokens"],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: { "200": { description: "The revoked token", content: json(token) }, "403": errorResponse("Needs token:manage"), "404": errorResponse("No such token") },
    },
  },
};
