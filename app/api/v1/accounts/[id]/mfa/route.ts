import { mfaContract } from "@/lib/auth/mfa-contract";
import { resetAccountMfa } from "@/lib/auth/mfa-reset";
import { defineRoute } from "@/lib/http/route";

export const DELETE = defineRoute(mfaContract.reset, async ({ params, caller, ctx }) => resetAccountMfa(caller, params.id, ctx));
