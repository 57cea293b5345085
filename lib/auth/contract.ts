import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";

/** Signing in and out: the sign-in form, the session route and the document share these. */

export const signInSchema = z.object({
  email: z.email("must be an email address").trim().toLowerCase(),
  password: z.string().min(1, "is required").max(128),
});
export type SignInInput = z.input<typeof signInSchema>;

export const ssoStartSchema = z.object({
  provider: z.string().min(1, "is required").max(40),
  /** Where to land after signing in: a path on this console, else the dashboard. */
  next: z.string().max(2000).optional(),
});
export type SsoStartInput = z.input<typeof ssoStartSchema>;

const tags = ["auth"];

export const sessionContract = {
  signIn: defineEndpoint({
    operationId: "signIn",
    method: "POST",
    path: "/api/session",
    summary: "Sign in with email and password (sets the session cookie)",
    description:
      "After SIGN_IN_MAX_ATTEMPTS failures per account and address (four times that per address) each further attempt waits longer, doubling from 2 s up to SIGN_IN_MAX_BACKOFF_SECONDS; every attempt is audited. " +
      "Like every write made with the session cookie, it must come from the console's own pages (Origin or Sec-Fetch-Site), so another site cannot sign a browser in to an account of its choosing.",
    tags,
    access: { kind: "session" },
    body: { schema: signInSchema, required: true },
    responses: {
      200: {
        description: "Signed in; or, for an account with a second factor, the password is accepted and the code is asked for next (POST /api/session/second-factor, within 10 minutes)",
        schema: z.union([
          z.strictObject({ signedIn: z.literal(true), email: z.string() }),
          z.strictObject({ signedIn: z.literal(false), secondFactorRequired: z.literal(true), email: z.string() }),
        ]),
        headers: z.object({ "set-cookie": z.string().meta({ description: "The session cookie, or the code step's cookie (HttpOnly, SameSite=Lax)" }) }),
      },
    },
    errors: { 401: "Wrong email or password, or the account is disabled", 429: "Too many failed sign-ins; Retry-After says when to try again" },
  }),
  startSso: defineEndpoint({
    operationId: "startSingleSignOn",
    method: "POST",
    path: "/api/session/sso",
    summary: "Start single sign-on with an OpenID Connect provider (returns the provider's URL)",
    description:
      "Starts the authorization code flow with PKCE: the answer carries the provider's authorization URL and sets a short-lived state cookie that the callback (/sign-in/sso/{provider}/callback, a browser redirect, not part of this API) checks together with the state, the nonce and the ID token's signature and audience.",
    tags,
    access: { kind: "session" },
    body: { schema: ssoStartSchema, required: true },
    responses: {
      200: {
        description: "Go to this URL to sign in at the provider",
        schema: z.strictObject({ url: z.url() }),
        headers: z.object({ "set-cookie": z.string().meta({ description: "The state cookie (HttpOnly, SameSite=Lax)" }) }),
      },
    },
    errors: { 404: "No provider with this id is configured" },
  }),
  signOut: defineEndpoint({
    operationId: "signOut",
    method: "DELETE",
    path: "/api/session",
    summary: "Sign out and end the session on the server",
    tags,
    access: { kind: "session" },
    responses: { 200: { description: "Signed out; the cookie is cleared" } },
  }),
};
