import { mfaContract } from "@/lib/auth/mfa-contract";
import { confirmMfaEnrolment } from "@/lib/auth/mfa-confirm-enrolment";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(mfaContract.confirmEnrolment, async ({ req, body, ctx }) => confirmMfaEnrolment(body, req.headers, ctx));
