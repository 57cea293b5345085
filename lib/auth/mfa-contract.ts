import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";

/**
 * The second factor (TOTP) of the signed-in account, the sign-in code step, and the admin reset.
 * The account's own endpoints live under /api/session like sign-in: they act on the caller's own
 * credentials, take no permission, and stay open while an admin is being sent to enrol.
 */

export const signInCodeSchema = z.object({
  method: z.enum(["totp", "recovery_code"]).default("totp").meta({ description: "`totp`: the authenticator app's 6 digits; `recovery_code`: one of the codes shown at enrolment (each works once)" }),
  code: z.string().trim().min(1, "is required").max(64),
});
export type SignInCodeInput = z.input<typeof signInCodeSchema>;

export const passwordConfirmationSchema = z.object({ password: z.string().min(1, "is required").max(128) });
export type PasswordConfirmationInput = z.input<typeof passwordConfirmationSchema>;

export const enrolmentCodeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "must be the 6 digits your authenticator app shows") });
export type EnrolmentCodeInput = z.input<typeof enrolmentCodeSchema>;

export const mfaStatusSchema = z.strictObject({
  enrolled: z.boolean(),
  recoveryCodesLeft: z.int().min(0).meta({ description: "Unused recovery codes; 0 when not enrolled" }),
  passwordAccount: z.boolean().meta({ description: "The account has a console password: the second factor guards password sign-in only (single sign-on relies on the identity provider's)" }),
  required: z.boolean().meta({ description: "MFA_REQUIRED_FOR_ADMINS applies to this account: until it is enrolled, other pages and APIs are refused" }),
});
export type MfaStatus = z.output<typeof mfaStatusSchema>;

export const enrolmentSchema = z.strictObject({
  otpauthUri: z.string().meta({ description: "The otpauth:// URI the QR code encodes" }),
  qrCode: z.string().meta({ description: "The QR code as a PNG data URL" }),
  secret: z.string().meta({ description: "The TOTP secret in base32, for apps that cannot scan" }),
  recoveryCodes: z.array(z.string()).meta({ description: "Shown this once: only their hashes are stored" }),
});
export type EnrolmentView = z.output<typeof enrolmentSchema>;

const setCookie = z.object({ "set-cookie": z.string().meta({ description: "The session cookie (HttpOnly, SameSite=Lax)" }) });
const tags = ["auth"];
const session = { kind: "session" } as const;

export const mfaContract = {
  verifySignInCode: defineEndpoint({
    operationId: "verifySignInCode",
    method: "POST",
    path: "/api/session/second-factor",
    summary: "Second sign-in step: the authenticator code or a recovery code (sets the session cookie)",
    description:
      "After POST /api/session answered `secondFactorRequired`, its short-lived cookie names the account; this step completes the sign-in. Wrong codes back off like wrong passwords (SIGN_IN_MAX_ATTEMPTS per account and address, four times that per address, and ten times per account from anywhere); after 5 wrong codes the password must be given again. Every attempt is audited.",
    tags,
    access: session,
    body: { schema: signInCodeSchema, required: true },
    responses: {
      200: {
        description: "Signed in",
        schema: z.strictObject({ signedIn: z.literal(true), email: z.string(), recoveryCodesLeft: z.int().min(0).nullable().meta({ description: "Left after a recovery code was used; null after a TOTP code" }) }),
        headers: setCookie,
      },
    },
    errors: { 401: "Wrong code, a recovery code already used, or no open code step (sign in with the password again)", 429: "Too many wrong codes; Retry-After says when to try again" },
  }),
  status: defineEndpoint({
    operationId: "getOwnMfa",
    method: "GET",
    path: "/api/session/mfa",
    summary: "The signed-in account's second factor",
    tags,
    access: session,
    responses: { 200: { description: "Its state", schema: mfaStatusSchema } },
    errors: { 401: "Not signed in" },
  }),
  startEnrolment: defineEndpoint({
    operationId: "startMfaEnrolment",
    method: "POST",
    path: "/api/session/mfa/enrolment",
    summary: "Start TOTP enrolment: a new secret (QR code) and recovery codes, confirmed by the next call",
    description: "Asks for the account's password again. A started enrolment does nothing until confirmed; starting again replaces it.",
    tags,
    access: session,
    body: { schema: passwordConfirmationSchema, required: true },
    responses: { 200: { description: "Scan the QR code, then confirm with a code", schema: enrolmentSchema } },
    errors: { 401: "Not signed in", 409: "Already enrolled, or the account has no console password (single sign-on)" },
  }),
  confirmEnrolment: defineEndpoint({
    operationId: "confirmMfaEnrolment",
    method: "POST",
    path: "/api/session/mfa/confirmation",
    summary: "Confirm TOTP enrolment with a code from the authenticator app",
    description: "The session is replaced by a new one (new cookie), as better-auth does on every change of the second factor.",
    tags,
    access: session,
    body: { schema: enrolmentCodeSchema, required: true },
    responses: { 200: { description: "Enrolled", schema: mfaStatusSchema, headers: setCookie } },
    errors: { 401: "Not signed in", 409: "No enrolment started, or already enrolled" },
  }),
  disable: defineEndpoint({
    operationId: "disableOwnMfa",
    method: "POST",
    path: "/api/session/mfa/disable",
    summary: "Turn the second factor off (asks for the password)",
    description: "The session is replaced by a new one (new cookie). With MFA_REQUIRED_FOR_ADMINS an admin is then sent to enrol again.",
    tags,
    access: session,
    body: { schema: passwordConfirmationSchema, required: true },
    responses: { 200: { description: "Turned off", schema: mfaStatusSchema, headers: setCookie } },
    errors: { 401: "Not signed in", 409: "Not enrolled" },
  }),
  reset: defineEndpoint({
    operationId: "resetAccountMfa",
    method: "DELETE",
    path: "/api/v1/accounts/{id}/mfa",
    summary: "Reset another account's second factor (it signs in with its password alone and may enrol again)",
    tags: ["accounts"],
    access: { kind: "user", permission: "account:manage" },
    params: z.object({ id: resourceIdSchema("account") }),
    responses: { 200: { description: "Reset", schema: z.strictObject({ id: z.string(), mfa: z.literal("not_enrolled") }) } },
    errors: { 409: "Your own second factor is turned off in Security, with your password" },
  }),
};
