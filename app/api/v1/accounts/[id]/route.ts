import { readJson, userRoute } from "@/lib/api/handler";
import { updateAccount } from "@/lib/accounts/update-account";

export const PATCH = userRoute<{ id: string }>("account:manage", async ({ req, params, caller, ip, requestId }) =>
  updateAccount(caller, params.id, await readJson(req), { ip, requestId }),
);
