import { auditContract } from "@/lib/audit/contract";
import { exportAuditEntries } from "@/lib/audit/export-audit-entries";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(auditContract.export, async ({ query, caller, ctx }) => csvResponse(await exportAuditEntries(caller, query, ctx)));
