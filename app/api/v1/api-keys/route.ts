import { apiKeysContract } from "@/lib/api-keys/contract";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { defineRoute, reply } from "@/lib/http/route";

export const GET = defineRoute(apiKeysContract.list, async ({ caller }) => ({ apiKeys: await listApiKeys(caller) }));

export const POST = defineRoute(apiKeysContract.create, async ({ body, caller, ctx }) =>
  reply(201, await createApiKey(caller, body, ctx), { "cache-control": "no-store" }),
);
