import { accountsContract } from "@/lib/accounts/contract";
import { setAccountPassword } from "@/lib/accounts/set-account-password";
import { defineRoute } from "@/lib/http/route";

export const PUT = defineRoute(accountsContract.setPassword, async ({ params, body, caller, ctx }) => setAccountPassword(caller, params.id, body, ctx));
