import "server-only";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { auth } from "./auth";
import { getSessionCaller } from "./caller";

/** Ends the session on the server (the row is deleted) and clears the cookie. */
export async function signOut(headers: Headers, context: AuditContext): Promise<Response> {
  const caller = await getSessionCaller(headers);
  const response = await auth().api.signOut({ headers, asResponse: true });
  if (caller) await recordAudit({ actor: caller, action: "auth.sign_out", targetType: "account", targetId: caller.userId, context });
  return response;
}
