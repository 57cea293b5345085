import { CAUSE_CODES, INBOX_ACTIVITIES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
import { DELIVERY_DESCRIPTIONS } from "../delivery-descriptions";
import { errorResponse, type OpenApiPaths, type SchemaObject } from "../types";

/** OpenAPI paths of the helpdesk API: directory search, a user's overview, timeline and diagnosis. */

const TAGS = ["helpdesk"];
const READERS = "Admin, helpdesk and auditor accounts (permission directory:read); ingestion tokens are refused.";

const userIdParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "Directory user id (UUID)",
  schema: { type: "string", format: "uuid" },
};

const json = (schema: SchemaObject) => ({ "application/json": { schema } });

const searchHit: SchemaObject = {
  type: "object",
  required: ["id", "displayName", "email", "upn", "groupName", "match"],
  properties: {
    id: { type: "string", format: "uuid" },
    displayName: { type: "string" },
    email: { type: "string" },
    upn: { type: "string" },
    groupName: { type: ["string", "null"] },
    match: { enum: ["exact", "prefix", "word", "substring", "similar"], description: "How the query matched, best first" },
  },
};

const pathStep: SchemaObject = {
  type: "object",
  required: ["step", "label", "status", "durationMs"],
  properties: {
    step: { enum: [...STEPS] },
    label: { type: "string" },
    status: { enum: ["ok", "failed", "not_reached", "not_reported", "fallback"] },
    durationMs: { type: ["integer", "null"] },
  },
};

const eventView: SchemaObject = {
  type: "object",
  required: ["id", "cursor", "deviceId", "occurredAt", "receivedAt", "outcome", "cause", "failedStep", "message", "badgeCount", "delayMs", "activity", "path"],
  properties: {
    id: { type: "string" },
    cursor: { type: "string", description: "Pass as cursor (older) or after (newer)" },
    deviceId: { type: "string" },
    occurredAt: { type: "string", format: "date-time" },
    receivedAt: { type: "string", format: "date-time" },
    outcome: { enum: [...OUTCOMES], description: DELIVERY_DESCRIPTIONS.outcome },
    cause: { enum: [...CAUSE_CODES, null], description: DELIVERY_DESCRIPTIONS.cause },
    failedStep: {
      enum: [...STEPS, null],
      description: "The step the device reported as failed; null for rich and sync, and when the device did not say (see path)",
    },
    message: { type: ["string", "null"], description: "The exact fallback text the user saw; null when the mail itself was shown (rich, sync)" },
    badgeCount: { type: ["integer", "null"], description: DELIVERY_DESCRIPTIONS.badgeCount },
    delayMs: { type: ["integer", "null"], description: `${DELIVERY_DESCRIPTIONS.delayMs}; null when not reported` },
    activity: { enum: [...INBOX_ACTIVITIES, null], description: DELIVERY_DESCRIPTIONS.activity },
    path: {
      type: "array",
      items: pathStep,
      description:
        "Every step of the notification's path, in order, the failing one being the event's own failed step (else its cause's only step; " +
        "channel_failed without a reported step marks neither connection); empty for sync, which has no push → EWS path",
    },
  },
};

const deviceView: SchemaObject = {
  type: "object",
  required: ["id", "model", "richPushSupported", "failingRules", "warnings"],
  properties: {
    id: { type: "string" },
    model: { type: "string" },
    richPushSupported: { type: "boolean", description: "This device alone, with the group's settings" },
    failingRules: {
      type: "array",
      description:
        "The prerequisite rules that fail for this device (group settings and its facts), in rule order; why its notifications come after sync. Empty when rich push is supported or the group has no settings",
      items: {
        type: "object",
        required: ["id", "title", "detail"],
        properties: { id: { type: "string", examples: ["derived-credentials"] }, title: { type: "string" }, detail: { type: "string" } },
      },
    },
    warnings: { type: "array", items: { type: "object" }, description: "Worst first, each with its effect in plain words" },
  },
};

const syncDelay: SchemaObject = {
  type: "object",
  required: ["syncs", "withDelay", "medianDelayMs"],
  properties: {
    syncs: { type: "integer", description: "Notifications after sync in the window" },
    withDelay: { type: "integer", description: "Of those, how many reported delayMs" },
    medianDelayMs: { type: ["integer", "null"], description: "Median mail arrival → shown; null when none reported it" },
  },
};

const finding: SchemaObject = {
  type: "object",
  required: ["id", "family", "severity", "priority", "headline", "explanation", "remedy", "evidence", "reference"],
  properties: {
    id: {
      type: "string",
      description:
        "Stable and exact: rule:<rule id>, device:<code> (ios_notifications_not_allowed, mail_notifications_off, derived_credentials, low_power_mode, background_app_refresh_off), device:none, group-burst:<cause>, events:<cause> (the user's most common cause), all-clear; policy:no-group / policy:no-settings when no policy applies",
      examples: ["group-burst:exchange_tls_failed", "rule:authentication", "device:low_power_mode", "events:container_locked"],
    },
    family: { enum: ["rule", "group-burst", "events", "device", "all-clear"] },
    severity: { enum: ["critical", "warning", "info"] },
    priority: { type: "integer" },
    headline: { type: "string" },
    explanation: { type: "string" },
    remedy: { type: "string", description: "What to do, as far as the reference says; empty for a finding resting on field guidance alone" },
    fieldGuidance: { type: "array", items: { type: "string" }, description: "Advice beyond the vendor reference (iOS Settings paths, certificate checklists, the push registration host)" },
    evidence: { type: "object" },
    cause: { enum: [...CAUSE_CODES] },
    ruleId: { type: "string" },
    reference: { type: "string", description: "The reference sentence the finding rests on; field guidance beyond the reference starts with `(field guidance)`" },
  },
};

const cursorParameter = (description: string) => ({ name: "cursor", in: "query", required: false, description, schema: { type: "string" } });

export const helpdeskPaths: OpenApiPaths = {
  "/api/v1/users": {
    get: {
      summary: "Search directory users by name, email or UPN",
      description: `Prefix, substring and small typos (trigram similarity), best match first: exact, prefix, start of a later word, substring, similar. Queries under 3 characters match prefixes only. ${READERS}`,
      tags: TAGS,
      parameters: [
        { name: "query", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 100 } },
        cursorParameter("nextCursor of the previous page"),
        { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 20 } },
      ],
      responses: {
        "200": {
          description: "A page of matches and the next cursor (null on the last page, or past 1,000 results)",
          content: json({ type: "object", properties: { users: { type: "array", items: searchHit }, nextCursor: { type: ["string", "null"] } } }),
        },
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Needs directory:read"),
        "422": errorResponse("Invalid query, cursor or limit; the field is named"),
      },
    },
  },
  "/api/v1/users/{id}": {
    get: {
      summary: "One user: identity, group settings with the verdict for this user's devices, device warnings, lock-screen preview",
      description: `Each call is recorded in the audit log as directory.user_view (who looked at whom). ${READERS}`,
      tags: TAGS,
      parameters: [userIdParameter],
      responses: {
        "200": {
          description: "The user overview (user, group, evaluation, devices with their own verdict and warnings, lockScreen)",
          content: json({
            type: "object",
            required: ["user", "group", "evaluation", "devices", "lockScreen"],
            properties: {
              user: { type: "object" },
              group: { type: ["object", "null"] },
              evaluation: { type: ["object", "null"], description: "The group's settings evaluated with this user's device facts" },
              devices: { type: "array", items: deviceView },
              lockScreen: { type: ["object", "null"], description: "A sample mail under the group's Control locked screen notifications policy" },
            },
          }),
        },
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Needs directory:read"),
        "404": errorResponse("No such user"),
        "422": errorResponse("The id is not a UUID"),
      },
    },
  },
  "/api/v1/users/{id}/events": {
    get: {
      summary: "A user's notification events, newest first, with the step-by-step path and the exact message shown",
      description: `Keyset pagination on (occurredAt, id): cursor pages to older events. For live updates pass after=<cursor of the newest event held>: only newer events come back (moreNewer says to ask again). ${READERS}`,
      tags: TAGS,
      parameters: [
        userIdParameter,
        cursorParameter("Older than this event (nextCursor of the previous page)"),
        { name: "after", in: "query", required: false, description: "Newer than this event; not with cursor", schema: { type: "string" } },
        {
          name: "outcome",
          in: "query",
          required: false,
          description: "rich, sync (after a background sync, without rich push), generic or failure",
          schema: { enum: [...OUTCOMES] },
        },
        {
          name: "cause",
          in: "query",
          required: false,
          description: "A cause of the outcome given, if any; rich and sync have none, so outcome=rich or outcome=sync with a cause is a 422 naming cause",
          schema: { enum: [...CAUSE_CODES] },
        },
        { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
      ],
      responses: {
        "200": {
          description: "A page of events",
          content: json({
            type: "object",
            properties: { events: { type: "array", items: eventView }, nextCursor: { type: ["string", "null"] }, moreNewer: { type: "boolean" } },
          }),
        },
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Needs directory:read"),
        "404": errorResponse("No such user"),
        "422": errorResponse("Invalid cursor, filter or limit (e.g. a cause that does not belong to the outcome, or any cause with outcome=sync); the field is named"),
      },
    },
  },
  "/api/v1/users/{id}/diagnosis": {
    get: {
      summary: "Why this user does (not) get mail notifications: findings ranked most likely first, with the 24-hour and 7-day summary",
      description: `Rests on the group's settings, the user's devices, their last 7 days of events and the group's last 24 hours. ${READERS}`,
      tags: TAGS,
      parameters: [
        userIdParameter,
        { name: "tz", in: "query", required: false, description: "IANA time zone for clock times in headlines; UTC by default", schema: { type: "string" } },
      ],
      responses: {
        "200": {
          description: "The diagnosis",
          content: json({
            type: "object",
            properties: {
              generatedAt: { type: "string", format: "date-time" },
              findings: { type: "array", items: finding, minItems: 1 },
              summary: {
                type: "object",
                description:
                  "last24h, last7d (counts per outcome, sync included, and per cause of the rich-path fallbacks; lastRichAt, lastSyncAt), lastBadgeCount, lastBadgeAt, lastEventAt",
              },
              delivery: {
                type: "object",
                required: ["syncDelay", "lastBadgeMode"],
                properties: {
                  syncDelay: { type: "object", required: ["last24h", "last7d"], properties: { last24h: syncDelay, last7d: syncDelay } },
                  lastBadgeMode: {
                    enum: ["rich_push", "sync", null],
                    description: "How to read lastBadgeCount: rich_push = unread + new in the Exchange Inbox; sync = the unread Inbox count for the sync period",
                  },
                },
              },
              eventsConsidered: { type: "integer" },
              eventsCapped: { type: "boolean" },
              groupCauseStats: { type: ["object", "null"] },
            },
          }),
        },
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Needs directory:read"),
        "404": errorResponse("No such user"),
        "422": errorResponse("Invalid id or time zone; the field is named"),
      },
    },
  },
};
