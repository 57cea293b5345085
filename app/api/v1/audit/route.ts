import { userRoute } from "@/lib/api/handler";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";

export const GET = userRoute("audit:read", async ({ req, caller }) =>
  listAuditEntries(caller, Object.fromEntries(new URL(req.url).searchParams)),
);
