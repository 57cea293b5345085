import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { evaluationInputSchema, groupSettingsSchema } from "@/lib/domain/settings";
import { createGroupSchema, importFileSchema, replaceSettingsSchema, revertSchema } from "./schemas";
import {
  checkResultSchema,
  groupDetailSchema,
  groupsExportFileSchema,
  groupSummarySchema,
  impactSchema,
  importResultSchema,
  revisionDetailSchema,
  revisionSummarySchema,
} from "./views";

/** The policies API: delivery groups, their versioned settings, revisions, import/export and the checker. */

const tags = ["policies"];
const read = { kind: "user", permission: "policy:read" } as const;
const write = { kind: "user", permission: "policy:write" } as const;

const groupParams = z.object({ id: resourceIdSchema("delivery group") });
const revisionParams = groupParams.extend({ revisionId: resourceIdSchema("revision of this delivery group") });

const ifMatch = z.object({
  "if-match": z.string().meta({
    description: 'The settings version the change is based on, as sent in the ETag of GET /api/v1/groups/{id}, e.g. "3". Missing: 428; stale: 412.',
    examples: ['"3"'],
  }),
});
const etag = z.object({ etag: z.string().meta({ description: 'The settings version, quoted, e.g. "3"' }) });

const writeErrors = {
  412: "The version in If-Match is stale: error.details.current holds the current version, settings, updatedByEmail and updatedAt",
  428: "If-Match is missing",
} as const;

export const policiesContract = {
  listGroups: defineEndpoint({
    operationId: "listGroups",
    method: "GET",
    path: "/api/v1/groups",
    summary: "List delivery groups with verdict, member count and last change, by name",
    tags,
    access: read,
    responses: { 200: { description: "Every group", schema: z.strictObject({ groups: z.array(groupSummarySchema) }) } },
  }),
  createGroup: defineEndpoint({
    operationId: "createGroup",
    method: "POST",
    path: "/api/v1/groups",
    summary: "Create a delivery group (settings default to the product defaults)",
    tags,
    access: write,
    body: { schema: createGroupSchema, required: true },
    responses: {
      201: {
        description: "Created, at version 1",
        schema: groupDetailSchema,
        headers: etag.extend({ location: z.string().meta({ description: "/api/v1/groups/{id} of the new group" }) }),
      },
    },
    errors: { 409: "A group with this name exists" },
  }),
  getGroup: defineEndpoint({
    operationId: "getGroup",
    method: "GET",
    path: "/api/v1/groups/{id}",
    summary: "One group with settings, version and verdict",
    description: "The ETag is the settings version: send it back as If-Match when changing them.",
    tags,
    access: read,
    params: groupParams,
    responses: { 200: { description: "The group", schema: groupDetailSchema, headers: etag } },
  }),
  deleteGroup: defineEndpoint({
    operationId: "deleteGroup",
    method: "DELETE",
    path: "/api/v1/groups/{id}",
    summary: "Delete a delivery group without members, with its settings, revisions and probe runs",
    description:
      "The audit entry (policy.delete) keeps the last settings and version. A group with members is refused: membership comes from the directory sync, so assign them to another group there first.",
    tags,
    access: write,
    params: groupParams,
    responses: { 200: { description: "Deleted", schema: z.object({ deleted: z.literal(true) }) } },
    errors: { 409: "The group has members: error.details.members says how many" },
  }),
  replaceSettings: defineEndpoint({
    operationId: "replaceGroupSettings",
    method: "PUT",
    path: "/api/v1/groups/{id}/settings",
    summary: "Replace every setting (an optional `comment` goes with the new revision)",
    tags,
    access: write,
    params: groupParams,
    headers: ifMatch,
    body: { schema: replaceSettingsSchema, required: true },
    responses: { 200: { description: "Saved (unchanged settings keep their version)", schema: groupDetailSchema, headers: etag } },
    errors: writeErrors,
  }),
  patchSettings: defineEndpoint({
    operationId: "patchGroupSettings",
    method: "PATCH",
    path: "/api/v1/groups/{id}/settings",
    summary: "Change only the settings in the body; the result is validated whole",
    tags,
    access: write,
    params: groupParams,
    headers: ifMatch,
    body: { schema: replaceSettingsSchema.partial(), required: true },
    responses: { 200: { description: "Saved", schema: groupDetailSchema, headers: etag } },
    errors: writeErrors,
  }),
  impact: defineEndpoint({
    operationId: "previewGroupChangeImpact",
    method: "POST",
    path: "/api/v1/groups/{id}/impact",
    summary: "How many members would stop or start getting rich push with the proposed settings (nothing is saved)",
    description: "Counts rest on each member's device facts (mail notifications, derived credentials), evaluated with the current and the proposed settings.",
    tags,
    access: read,
    params: groupParams,
    body: { schema: groupSettingsSchema, required: true },
    responses: { 200: { description: "Member counts", schema: impactSchema } },
  }),
  listRevisions: defineEndpoint({
    operationId: "listGroupRevisions",
    method: "GET",
    path: "/api/v1/groups/{id}/revisions",
    summary: "A group's revisions, newest first (version, actor, time, comment, changed fields)",
    tags,
    access: read,
    params: groupParams,
    responses: { 200: { description: "The revisions", schema: z.strictObject({ revisions: z.array(revisionSummarySchema) }) } },
  }),
  getRevision: defineEndpoint({
    operationId: "getGroupRevision",
    method: "GET",
    path: "/api/v1/groups/{id}/revisions/{revisionId}",
    summary: "One revision: full snapshot and its changes against the previous revision",
    tags,
    access: read,
    params: revisionParams,
    responses: { 200: { description: "The revision", schema: revisionDetailSchema } },
  }),
  revert: defineEndpoint({
    operationId: "revertGroupSettings",
    method: "POST",
    path: "/api/v1/groups/{id}/revisions/{revisionId}/revert",
    summary: "Restore a revision's settings as a new revision",
    tags,
    access: write,
    params: revisionParams,
    headers: ifMatch,
    body: { schema: revertSchema, required: false, description: "Optional: a comment for the new revision" },
    responses: { 200: { description: "Reverted", schema: groupDetailSchema, headers: etag } },
    errors: writeErrors,
  }),
  exportGroups: defineEndpoint({
    operationId: "exportGroups",
    method: "GET",
    path: "/api/v1/groups/export",
    summary: "Every group's name, description and settings as one JSON file (the import format)",
    tags,
    access: read,
    responses: {
      200: {
        description: "The export file",
        schema: groupsExportFileSchema,
        headers: z.object({ "content-disposition": z.string().meta({ description: 'attachment; filename="delivery-groups-<date>.json"' }) }),
      },
    },
  }),
  importGroups: defineEndpoint({
    operationId: "importGroups",
    method: "POST",
    path: "/api/v1/groups/import",
    summary: "Import an export file, matching groups by name",
    description:
      "The whole file is validated before anything is written. A dry run (the default) reports per group created / updated / unchanged with diffs; " +
      "`dryRun=false` applies every group in one transaction, so it lands whole or not at all.",
    tags,
    access: write,
    query: z.object({ dryRun: z.enum(["true", "false"], { error: "must be true or false" }).optional().meta({ description: "Defaults to true: writing needs an explicit false" }) }),
    body: { schema: importFileSchema, required: true, maxBytes: 4 * 1024 * 1024 },
    responses: { 200: { description: "Per group: outcome, changes and, once written, id and version", schema: importResultSchema } },
    errors: {
      409: "A group was created concurrently; nothing was imported",
      412: "A group changed during the import; nothing was imported",
      422: "Invalid file: error.fields names each path, e.g. groups[2].settings.backgroundNetworkServices[0]",
    },
  }),
  checkPrerequisites: defineEndpoint({
    operationId: "checkPrerequisites",
    method: "POST",
    path: "/api/v1/prerequisites/check",
    summary: "Evaluate settings (optionally with one user's device facts) against every prerequisite rule, without saving",
    tags,
    access: read,
    body: { schema: evaluationInputSchema, required: true },
    responses: { 200: { description: "richPushSupported, checks, consequences and a count per status", schema: checkResultSchema } },
  }),
};
