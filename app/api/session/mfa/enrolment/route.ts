import { mfaContract } from "@/lib/auth/mfa-contract";
import { startMfaEnrolment } from "@/lib/auth/mfa-start-enrolment";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(mfaContract.startEnrolment, async ({ req, body, ctx }) => startMfaEnrolment(body, req.headers, ctx));
