import { accountsContract } from "@/lib/accounts/contract";
import { exportAccounts } from "@/lib/accounts/export-accounts";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(accountsContract.export, async ({ query, caller, ctx }) => csvResponse(await exportAccounts(caller, query, ctx)));
