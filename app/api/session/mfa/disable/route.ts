import { mfaContract } from "@/lib/auth/mfa-contract";
import { disableOwnMfa } from "@/lib/auth/mfa-disable";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(mfaContract.disable, async ({ req, body, ctx }) => disableOwnMfa(body, req.headers, ctx));
