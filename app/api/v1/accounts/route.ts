import { accountsContract } from "@/lib/accounts/contract";
import { createAccount } from "@/lib/accounts/create-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(accountsContract.list, async ({ caller }) => ({ accounts: await listAccounts(caller) }));

export const POST = defineRoute(accountsContract.create, async ({ body, caller, ctx }) => createAccount(caller, body, ctx));
