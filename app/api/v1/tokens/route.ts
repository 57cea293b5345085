import { defineRoute, reply } from "@/lib/http/route";
import { tokensContract } from "@/lib/tokens/contract";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";

export const GET = defineRoute(tokensContract.list, async ({ caller }) => ({ tokens: await listTokens(caller) }));

export const POST = defineRoute(tokensContract.create, async ({ body, caller, ctx }) =>
  reply(201, await createToken(caller, body, ctx), { "cache-control": "no-store" }),
);
