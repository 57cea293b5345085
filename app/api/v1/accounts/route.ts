import { json, readJson, userRoute } from "@/lib/api/handler";
import { createAccount } from "@/lib/accounts/create-account";
import { listAccounts } from "@/lib/accounts/list-accounts";

export const GET = userRoute("account:manage", async ({ caller }) => ({ accounts: await listAccounts(caller) }));

export const POST = userRoute("account:manage", async ({ req, caller, ip, requestId }) =>
  json(await createAccount(caller, await readJson(req), { ip, requestId }), { status: 201 }),
);
