import { z } from "zod";
import { evaluationInputSchema, groupSettingsSchema } from "@/lib/domain/settings";
import { importFileSchema, replaceSettingsSchema } from "@/lib/policies/schemas";
import { errorResponse, type OpenApiPaths, type SchemaObject } from "../types";

/** Request schemas come from the zod schemas the API validates with, so the document cannot drift from them. */
function schemaOf(schema: z.ZodType): SchemaObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as SchemaObject;
  return rest;
}

const json = (schema: SchemaObject) => ({ content: { "application/json": { schema } } });
const body = (schema: SchemaObject) => ({ required: true, ...json(schema) });
const ok = (description: string, headers?: Record<string, unknown>) => ({ description, ...(headers ? { headers } : {}) });

const groupId = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const revisionId = { name: "revisionId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: true,
  description: 'The settings version the change is based on, as sent in the ETag of GET /api/v1/groups/{id}, e.g. "3".',
  schema: { type: "string" },
};
const etag = { ETag: { description: 'The settings version, quoted, e.g. "3"', schema: { type: "string" } } };

const settings = schemaOf(groupSettingsSchema);
const groupDetail: SchemaObject = {
  type: "object",
  description: "A group with its settings, version (also the ETag), last change and group-level evaluation.",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    description: { type: "string" },
    memberCount: { type: "integer" },
    version: { type: "integer" },
    settings,
    updatedByEmail: { type: ["string", "null"] },
    updatedAt: { type: "string", format: "date-time" },
    evaluation: { type: "object", description: "richPushSupported, checks (id, status, title, detail, remediation, reference, field), consequences; a reference that starts with `(field guidance)` is advice beyond the reference" },
  },
};

const readErrors = { "401": errorResponse("Not signed in"), "403": errorResponse("Needs policy:read"), "404": errorResponse("No such group") };
const writeErrors = {
  "401": errorResponse("Not signed in"),
  "403": errorResponse("Needs policy:write (admins only)"),
  "404": errorResponse("No such group or revision"),
  "412": errorResponse("The version in If-Match is stale: error.details.current holds the current version, settings, updatedByEmail and updatedAt"),
  "422": errorResponse("Invalid input: error.fields names each field, e.g. backgroundNetworkServices[1]"),
  "428": errorResponse("If-Match is missing"),
};
const tags = ["policies"];

export const policiesPaths: OpenApiPaths = {
  "/api/v1/groups": {
    get: {
      summary: "List delivery groups with verdict, member count and last change",
      tags,
      responses: { "200": ok("`{ groups: [...] }`, by name"), ...readErrors },
    },
    post: {
      summary: "Create a delivery group (settings default to the product defaults)",
      tags,
      requestBody: body({
        type: "object",
        required: ["name"],
        properties: { name: { type: "string", maxLength: 100 }, description: { type: "string", maxLength: 500 }, settings },
      }),
      responses: {
        "201": { ...ok("Created, at version 1", etag), ...json(groupDetail) },
        "403": errorResponse("Needs policy:write"),
        "409": errorResponse("A group with this name exists"),
        "422": errorResponse("Invalid input"),
      },
    },
  },
  "/api/v1/groups/{id}": {
    get: { summary: "One group with settings, version and verdict", tags, parameters: [groupId], responses: { "200": { ...ok("The group", etag), ...json(groupDetail) }, ...readErrors } },
  },
  "/api/v1/groups/{id}/settings": {
    put: {
      summary: "Replace every setting (optional `comment` goes with the new revision)",
      tags,
      parameters: [groupId, ifMatch],
      requestBody: body(schemaOf(replaceSettingsSchema)),
      responses: { "200": { ...ok("Saved (unchanged settings keep their version)", etag), ...json(groupDetail) }, ...writeErrors },
    },
    patch: {
      summary: "Change only the settings in the body; the result is validated whole",
      tags,
      parameters: [groupId, ifMatch],
      requestBody: body({ ...schemaOf(replaceSettingsSchema), required: [] }),
      responses: { "200": { ...ok("Saved", etag), ...json(groupDetail) }, ...writeErrors },
    },
  },
  "/api/v1/groups/{id}/impact": {
    post: {
      summary: "How many members would stop or start getting rich push with the proposed settings (nothing is saved)",
      tags,
      parameters: [groupId],
      requestBody: body(settings),
      responses: {
        "200": {
          ...ok("Counts"),
          ...json({
            type: "object",
            required: ["members", "supportedNow", "supportedAfter", "stopWorking", "startWorking", "whenLost", "whenGained"],
            properties: {
              ...Object.fromEntries(["members", "supportedNow", "supportedAfter", "stopWorking", "startWorking"].map((key) => [key, { type: "integer" }])),
              whenLost: {
                type: "array",
                items: { type: "string" },
                description:
                  "What members who lose rich push get instead under the proposed settings: notifications after iOS wakes Secure Mail for a sync, the unread Inbox count for the sync period; empty when nobody loses it",
              },
              whenGained: {
                type: "array",
                items: { type: "string" },
                description: "What changes for members who gain rich push: they no longer wait for a background sync; empty when nobody gains it",
              },
            },
          }),
        },
        "422": errorResponse("Invalid settings"),
        ...readErrors,
      },
    },
  },
  "/api/v1/groups/{id}/revisions": {
    get: { summary: "A group's revisions, newest first (version, actor, time, comment, changed fields)", tags, parameters: [groupId], responses: { "200": ok("`{ revisions: [...] }`"), ...readErrors } },
  },
  "/api/v1/groups/{id}/revisions/{revisionId}": {
    get: { summary: "One revision: full snapshot and its changes against the previous revision", tags, parameters: [groupId, revisionId], responses: { "200": ok("The revision"), ...readErrors } },
  },
  "/api/v1/groups/{id}/revisions/{revisionId}/revert": {
    post: {
      summary: "Restore a revision's settings as a new revision",
      tags,
      parameters: [groupId, revisionId, ifMatch],
      requestBody: { required: false, ...json({ type: "object", properties: { comment: { type: "string", maxLength: 500 } } }) },
      responses: { "200": { ...ok("Reverted", etag), ...json(groupDetail) }, ...writeErrors },
    },
  },
  "/api/v1/groups/export": {
    get: { summary: "Every group's name, description and settings as one JSON file", tags, responses: { "200": ok("The export file (the import format)"), "403": errorResponse("Needs policy:read") } },
  },
  "/api/v1/groups/import": {
    post: {
      summary: "Import an export file, matching groups by name",
      description: "The whole file is validated before anything is written. A dry run reports per group created / updated / unchanged with diffs; `dryRun=false` applies every group in one transaction.",
      tags,
      parameters: [{ name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["true", "false"], default: "true" } }],
      requestBody: body(schemaOf(importFileSchema)),
      responses: {
        "200": ok("`{ dryRun, summary: { created, updated, unchanged }, groups: [{ name, outcome, changes, description, groupId, version }] }`"),
        "403": errorResponse("Needs policy:write"),
        "409": errorResponse("A group was created concurrently; nothing was imported"),
        "412": errorResponse("A group changed during the import; nothing was imported"),
        "422": errorResponse("Invalid file: error.fields names each path, e.g. groups[2].settings.backgroundNetworkServices[0]"),
      },
    },
  },
  "/api/v1/prerequisites/check": {
    post: {
      summary: "Evaluate settings (optionally with one user's device facts) against every prerequisite rule, without saving",
      tags,
      requestBody: body(schemaOf(evaluationInputSchema)),
      responses: { "200": ok("richPushSupported, checks, consequences and a count per status"), "422": errorResponse("Invalid input"), "403": errorResponse("Needs policy:read") },
    },
  },
};
