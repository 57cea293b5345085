import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { affectedExportQuerySchema, affectedListQuerySchema } from "./schemas";
import { affectedUsersPageSchema } from "./views";

/** The users behind a dashboard number: the list and its CSV export. */

const tags = ["helpdesk"];
const access = { kind: "user", permission: "directory:read" } as const;
const READERS = "Admin, helpdesk and auditor accounts (permission directory:read); ingestion tokens are refused.";
const FILTERS = "Narrowed by delivery group, outcome, cause, device fact and time range [from, to) (24 hours until now by default, at most 31 days).";

export const affectedUsersContract = {
  listAffectedUsers: defineEndpoint({
    operationId: "listAffectedUsers",
    method: "GET",
    path: "/api/v1/affected-users",
    summary: "Users with matching notifications: one row per user with the count, the latest time and its outcome and cause",
    description: `${FILTERS} Sorted by count, latest notification or name; keyset pagination (cursor = nextCursor, same filters and sort; the cursor keeps the range's end, so pages do not shift as new events arrive). Recorded in the audit log as directory.affected_users_view once per viewer and filters in 10 minutes. ${READERS}`,
    tags,
    access,
    query: affectedListQuerySchema,
    responses: { 200: { description: "A page of users and the next cursor", schema: affectedUsersPageSchema } },
    errors: { 422: "Invalid filter, range, sort, cursor or limit; the field is named" },
  }),
  exportAffectedUsers: defineEndpoint({
    operationId: "exportAffectedUsers",
    method: "GET",
    path: "/api/v1/affected-users/export",
    summary: "The same list as CSV (RFC 4180), every page in the list's order, up to 10,000 users",
    description: `${FILTERS} Each export is recorded in the audit log as directory.affected_users_export with the filters and the number of rows. ${READERS}`,
    tags,
    access,
    query: affectedExportQuerySchema,
    responses: {
      200: {
        description: "The CSV file: user id, display name, UPN, group, notifications, last notification, last outcome, last cause",
        schema: z.string(),
        contentType: "text/csv",
        headers: z.object({
          "content-disposition": z.string().meta({ description: 'attachment; filename="affected-users-<date>.csv"' }),
          "x-export-truncated": z.enum(["true", "false"]).meta({ description: "true when more than 10,000 users matched and the file holds the first 10,000" }),
        }),
      },
    },
    errors: { 422: "Invalid filter, range or sort; the field is named" },
  }),
};
