import { sessionContract } from "@/lib/auth/contract";
import { startSso } from "@/lib/auth/sso/start-sso";
import { defineRoute } from "@/lib/http/route";

/** POST starts single sign-on: the provider's authorization URL, and the state cookie. */
export const POST = defineRoute(sessionContract.startSso, async ({ req, body }) => startSso(body, req.headers));
