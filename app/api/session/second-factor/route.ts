import { mfaContract } from "@/lib/auth/mfa-contract";
import { verifySignInCode } from "@/lib/auth/mfa-sign-in";
import { defineRoute } from "@/lib/http/route";

/** The sign-in's second step: the authenticator code or a recovery code (sets the session cookie). */
export const POST = defineRoute(mfaContract.verifySignInCode, async ({ req, body, ctx }) => verifySignInCode(body, req.headers, ctx));
