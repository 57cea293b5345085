import { json, readJson, userRoute } from "@/lib/api/handler";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";

export const GET = userRoute("token:manage", async ({ caller }) => ({ tokens: await listTokens(caller) }));

export const POST = userRoute("token:manage", async ({ req, caller, ip, requestId }) =>
  json(await createToken(caller, await readJson(req), { ip, requestId }), { status: 201, headers: { "cache-control": "no-store" } }),
);
