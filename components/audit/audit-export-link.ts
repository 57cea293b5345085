import type { Endpoint } from "@/lib/contract/endpoint";

/**
 * Where the audit page's "Export CSV" points, without the audit contract: the contract is zod,
 * which the page loads only with its first request, and the link must render at first paint.
 * audit-export-link.test.ts keeps it equal to the contract's export endpoint.
 */
export const AUDIT_EXPORT_LINK: Pick<Endpoint, "operationId" | "path"> = {
  operationId: "exportAuditEntries",
  path: "/api/v1/audit/export",
};
