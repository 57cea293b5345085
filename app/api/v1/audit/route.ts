import { auditContract } from "@/lib/audit/contract";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(auditContract.list, async ({ query, caller }) => listAuditEntries(caller, query));
