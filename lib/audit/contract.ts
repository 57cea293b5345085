import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { storedDateTime, storedText } from "@/lib/domain/text";

/** Audit ids are bigint: a cursor beyond 2^63−1 would fail the query, so it is a 422. */
const MAX_AUDIT_ID = 2n ** 63n - 1n;

/** The audit log's query and entries, shared by the audit page, the route and the document. */

/**
 * The most entries one export holds. Bounded rather than streamed, as the affected-users export:
 * the file is built from short keyset batches, and its own audit entry says how many rows left.
 */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const filterShape = {
  actor: storedText(200).optional().meta({ description: "Part of the actor's email, any case" }),
  action: storedText(100).optional().meta({ description: "Start of the action, e.g. policy. or account.create (the console offers the known actions)" }),
  targetId: storedText(200).optional(),
  from: storedDateTime().optional(),
  to: storedDateTime().optional(),
};

/** The log's filters alone: what its CSV export takes (every page, so no cursor or limit). */
export const auditExportQuerySchema = z.object(filterShape);
export type AuditFilter = z.output<typeof auditExportQuerySchema>;

export const auditQuerySchema = z.object({
  ...filterShape,
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "must be a cursor from a previous page")
    .refine((cursor) => /^\d{1,19}$/.test(cursor) && BigInt(cursor) <= MAX_AUDIT_ID, "must be a cursor from a previous page")
    .optional().meta({ description: "nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntrySchema = z
  .strictObject({
    id: z.string(),
    at: z.iso.datetime(),
    actorEmail: z.string().nullable(),
    action: z.string().meta({ examples: ["policy.update", "directory.user_view", "auth.sign_in_failed"] }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z
      .string()
      .nullable()
      .meta({ description: "The target's current name (group, directory user, account email, token); null when it has none or is gone" }),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.unknown().meta({ description: "What changed, e.g. before and after" }),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntryView = z.output<typeof auditEntrySchema>;

export const auditPageSchema = z.strictObject({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable().meta({ description: "Pass as cursor for older entries; null on the last page" }),
});
export type AuditPage = z.output<typeof auditPageSchema>;

export const auditContract = {
  list: defineEndpoint({
    operationId: "listAuditEntries",
    method: "GET",
    path: "/api/v1/audit",
    summary: "Audit log, newest first, filtered by actor, action, target and time; keyset-paginated",
    description: "The log is append-only: the database refuses UPDATE and DELETE on it, and every entry is written in the same transaction as the change it records.",
    tags: ["audit"],
    access: { kind: "user", permission: "audit:read" },
    query: auditQuerySchema,
    responses: { 200: { description: "A page of entries and the next cursor", schema: auditPageSchema } },
    errors: { 422: "Invalid filter, cursor or limit; the field is named" },
  }),
  export: defineEndpoint({
    operationId: "exportAuditEntries",
    method: "GET",
    path: "/api/v1/audit/export",
    summary: `The filtered audit log as CSV (RFC 4180), newest first, every page, up to ${AUDIT_EXPORT_MAX_ROWS.toLocaleString("en")} entries`,
    description:
      "The same filters as the list (actor, action, target, time), checked by the same schema. Each export is itself recorded in the audit log as audit.export, " +
      "with the filters and the number of rows. Cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are prefixed with '.",
    tags: ["audit"],
    access: { kind: "user", permission: "audit:read" },
    query: auditExportQuerySchema,
    responses: {
      200: {
        description: "The CSV file: id, time, actor, action, target type, target id, target name, IP, request id, details (JSON)",
        schema: z.string(),
        contentType: "text/csv",
        headers: z.object({
          "content-disposition": z.string().meta({ description: 'attachment; filename="audit-log-<date>.csv"' }),
          "x-export-truncated": z
            .enum(["true", "false"])
            .meta({ description: `true when more than ${AUDIT_EXPORT_MAX_ROWS.toLocaleString("en")} entries matched and the file holds the newest ones` }),
        }),
      },
    },
    errors: { 422: "Invalid filter; the field is named" },
  }),
};
