import { mfaContract } from "@/lib/auth/mfa-contract";
import { getOwnMfa } from "@/lib/auth/mfa-status";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(mfaContract.status, async ({ req }) => getOwnMfa(req.headers));
