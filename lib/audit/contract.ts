import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { storedDateTime, storedText } from "@/lib/domain/text";

/** Audit ids are bigint: a cursor beyond 2^63−1 would fail the query, so it is a 422. */
const MAX_AUDIT_ID = 2n ** 63n - 1n;

/** The audit log's query and entries, shared by the audit page, the route and the document. */

export const auditQuerySchema = z.object({
  actor: storedText(200).optional().meta({ description: "Part of the actor's email, any case" }),
  action: storedText(100).optional().meta({ description: "Start of the action, e.g. policy. or account.create (the console offers the known actions)" }),
  targetId: storedText(200).optional(),
  from: storedDateTime().optional(),
  to: storedDateTime().optional(),
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
  }),
};
