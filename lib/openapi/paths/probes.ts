import { CAUSE_CODES } from "@/lib/domain/outcomes";
import { FAILURE_REASONS, PROBE_KINDS, PROBE_STEP_NAMES, PROBE_STEP_STATUSES } from "@/lib/probes/types";
import { errorResponse, type OpenApiPaths, type SchemaObject } from "../types";

/** OpenAPI paths of the probes API: live connectivity tests of the hosts named in a group's settings. */

const groupId = { name: "id", in: "path", required: true, description: "Delivery group id (UUID)", schema: { type: "string", format: "uuid" } };
const nullable = (schema: SchemaObject): SchemaObject => ({ anyOf: [schema, { type: "null" }] });

const hostPort: SchemaObject = { type: "object", required: ["host", "port"], properties: { host: { type: "string" }, port: { type: "integer" } } };

const target: SchemaObject = {
  type: "object",
  required: ["kind", "host", "port"],
  properties: {
    kind: { enum: [...PROBE_KINDS] },
    host: { type: "string" },
    port: { type: "integer" },
    tunnelTo: { ...hostPort, description: "Gateway only: the EWS host the SOCKS5 CONNECT asks for" },
  },
};

const step: SchemaObject = {
  type: "object",
  required: ["name", "status", "durationMs", "detail", "reason", "data"],
  properties: {
    name: { enum: [...PROBE_STEP_NAMES] },
    status: { enum: [...PROBE_STEP_STATUSES], description: "`refused`: not attempted for safety, e.g. a link-local or cloud metadata address" },
    durationMs: { type: "integer" },
    detail: { type: "string", description: "One sentence naming the value observed" },
    reason: nullable({ enum: [...FAILURE_REASONS] }),
    data: { type: "object", description: "Facts observed, e.g. protocol, cipher, issuer, daysToExpiry for TLS", additionalProperties: true },
  },
};

const targetResult: SchemaObject = {
  type: "object",
  required: ["target", "ok", "durationMs", "steps", "cause", "message", "remedy", "policyNote", "summary"],
  properties: {
    target,
    ok: {
      type: "boolean",
      description:
        "Users get through this host: every step succeeded, or the only failure is a bad Exchange certificate that Accept all SSL certificates lets the app past (still reported on the tls step and in policyNote)",
    },
    durationMs: { type: "integer" },
    steps: { type: "array", items: step },
    cause: nullable({ enum: [...CAUSE_CODES] }),
    message: nullable({ type: "string", description: "The exact text users would see" }),
    remedy: nullable({ type: "string", description: "Advice beyond the reference starts with `(field guidance)`" }),
    policyNote: nullable({ type: "string", description: "How the group's policy changes what users get, e.g. Accept all SSL certificates" }),
    summary: { type: "string" },
  },
};

const storedResult: SchemaObject = {
  type: "object",
  required: ["startedAt", "durationMs", "budgetMs", "ok", "results", "policy", "caBundle"],
  properties: {
    startedAt: { type: "string", format: "date-time" },
    durationMs: { type: "integer" },
    budgetMs: { type: "integer", description: "Each target's time budget (PROBE_BUDGET_MS)" },
    ok: { type: "boolean" },
    results: { type: "array", items: targetResult },
    policy: { type: "object", properties: { acceptAllSslCertificates: { type: "boolean" } } },
    caBundle: nullable({
      type: "object",
      description: "The extra CA bundle sent with the request, described; the PEM itself is never stored",
      properties: {
        certificates: {
          type: "array",
          items: {
            type: "object",
            properties: { subject: { type: "string" }, issuer: { type: "string" }, validTo: { type: "string" }, fingerprint256: { type: "string" } },
          },
        },
      },
    }),
  },
};

const probeRun: SchemaObject = {
  type: "object",
  required: ["id", "groupId", "actorEmail", "startedAt", "finishedAt", "status", "ok", "causes", "summary", "result"],
  properties: {
    id: { type: "string", format: "uuid" },
    groupId: { type: "string", format: "uuid" },
    actorEmail: nullable({ type: "string" }),
    startedAt: { type: "string", format: "date-time" },
    finishedAt: nullable({ type: "string", format: "date-time" }),
    status: { enum: ["running", "finished", "unfinished"], description: "`unfinished`: no result five minutes after the start" },
    ok: nullable({ type: "boolean" }),
    causes: { type: "array", items: { enum: [...CAUSE_CODES] }, description: "Distinct causes users would see" },
    summary: { type: "string" },
    result: nullable(storedResult),
  },
};

const streamEvent: SchemaObject = {
  description: "One line of the NDJSON stream",
  oneOf: [
    { type: "object", required: ["type", "runId", "targets", "budgetMs"], properties: { type: { const: "run_started" }, runId: { type: "string" }, targets: { type: "array", items: target }, budgetMs: { type: "integer" } } },
    { type: "object", required: ["type", "targetIndex", "target", "step"], properties: { type: { const: "step_started" }, targetIndex: { type: "integer" }, target, step: { enum: [...PROBE_STEP_NAMES] } } },
    { type: "object", required: ["type", "targetIndex", "target", "step"], properties: { type: { const: "step_finished" }, targetIndex: { type: "integer" }, target, step } },
    { type: "object", required: ["type", "targetIndex", "result"], properties: { type: { const: "target_finished" }, targetIndex: { type: "integer" }, result: targetResult } },
    { type: "object", required: ["type", "runId", "run"], properties: { type: { const: "run_finished" }, runId: { type: "string" }, run: probeRun } },
    {
      type: "object",
      required: ["type", "error"],
      description: "The run failed after it started (e.g. its result could not be stored); the stream ends",
      properties: { type: { const: "error" }, error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
    },
  ],
};

export const probesPaths: OpenApiPaths = {
  "/api/v1/groups/{id}/probes": {
    post: {
      summary: "Test connectivity to the group's gateway, EWS, ActiveSync and push registration hosts",
      description:
        "Contacts only the hosts named in the group's settings, on their configured ports, the way Secure Mail does: DNS, TCP, TLS, " +
        "SOCKS5 CONNECT through the gateway (asking for the EWS host) and an EWS request without credentials. Addresses that are " +
        "link-local or cloud metadata services are refused without connecting. Each target has PROBE_BUDGET_MS; each user may run " +
        "PROBE_MAX_CONCURRENT_PER_USER tests at once. Every run is stored and audited (`probe.run`), refusals too. " +
        "With `Accept: application/x-ndjson` the answer streams one JSON event per line as each step starts and ends, ending with " +
        "`run_finished` (the stored run); otherwise it waits and answers 201 with the stored run. A client that disconnects does " +
        "not cancel the run.",
      tags: ["probes"],
      parameters: [
        groupId,
        { name: "Accept", in: "header", required: false, description: "`application/x-ndjson` to stream events", schema: { type: "string" } },
      ],
      requestBody: {
        required: false,
        content: {
          "application/json": {
            schema: {
              type: "object",
              additionalProperties: false,
              properties: {
                caBundlePem: nullable({
                  type: "string",
                  maxLength: 65536,
                  description: "Extra CA certificates (PEM, at most 20) trusted for this run only, on top of the public roots. Never stored.",
                }),
              },
            },
          },
        },
      },
      responses: {
        "200": { description: "The run has started: NDJSON events follow", content: { "application/x-ndjson": { schema: streamEvent } } },
        "201": { description: "The finished, stored run", content: { "application/json": { schema: probeRun } } },
        "400": errorResponse("The body is not JSON"),
        "403": errorResponse("Needs probe:run (admin, helpdesk)"),
        "404": errorResponse("No such group"),
        "409": errorResponse("The group has no settings yet, or they cannot be tested"),
        "413": errorResponse("The body is too large"),
        "422": errorResponse("Invalid input; `fields` names caBundlePem or an unknown key"),
        "429": {
          ...errorResponse("The caller already has PROBE_MAX_CONCURRENT_PER_USER tests running"),
          headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds until a running test has surely ended" } },
        },
      },
    },
    get: {
      summary: "The group's latest connectivity tests, newest first (time, actor, summary, result)",
      tags: ["probes"],
      parameters: [groupId, { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } }],
      responses: {
        "200": {
          description: "The runs",
          content: { "application/json": { schema: { type: "object", required: ["runs"], properties: { runs: { type: "array", items: probeRun } } } } },
        },
        "403": errorResponse("Needs policy:read"),
        "404": errorResponse("No such group"),
        "422": errorResponse("Invalid limit"),
      },
    },
  },
};
