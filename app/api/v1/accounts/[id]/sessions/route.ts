import { accountsContract } from "@/lib/accounts/contract";
import { endSessions } from "@/lib/accounts/end-sessions";
import { defineRoute } from "@/lib/http/route";

export const DELETE = defineRoute(accountsContract.endSessions, async ({ params, caller, ctx }) => endSessions(caller, params.id, ctx));
