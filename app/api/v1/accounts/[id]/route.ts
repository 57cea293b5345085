import { accountsContract } from "@/lib/accounts/contract";
import { updateAccount } from "@/lib/accounts/update-account";
import { defineRoute } from "@/lib/http/route";

export const PATCH = defineRoute(accountsContract.update, async ({ params, body, caller, ctx }) => updateAccount(caller, params.id, body, ctx));
