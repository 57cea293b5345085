import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { ROLES } from "@/lib/auth/permissions";
import { nameText } from "@/lib/domain/text";
import { accountFilterSchema } from "./account-filter";

/** Console accounts: request and response schemas of each endpoint, shared by route, client and document. */

export const createAccountSchema = z.object({
  email: z.email("must be an email address").trim().toLowerCase(),
  name: nameText(100),
  role: z.enum(ROLES),
  password: z.string().min(12, "must be at least 12 characters").max(128),
});
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional().meta({ description: "true ends every session of the account at once" }) })
  .refine((value) => value.role !== undefined || value.disabled !== undefined, { error: "role or disabled is required" });
export type UpdateAccountInput = z.input<typeof updateAccountSchema>;

export const accountSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
    activeSessions: z.int().min(0).meta({ description: "Sessions not yet expired" }),
    signInMethods: z.array(z.string()).meta({ description: "How the account signs in: `password` for a local credential, `sso:<provider id>` for each single sign-on provider it has used (an `OIDC_PROVIDERS` id)" }),
    mustChangePassword: z.boolean().meta({ description: "An admin set the password: the user must choose a new one at next sign-in" }),
    mfa: z.enum(["enrolled", "not_enrolled"]).meta({ description: "Whether the account has a confirmed TOTP second factor for its password sign-in" }),
    lastSignInAt: z.iso.datetime().nullable().meta({ description: "Last successful sign-in, from the audit log; null when never" }),
  })
  .meta({ id: "Account" });
export type AccountView = z.output<typeof accountSchema>;

export const accountChangeSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  endedSessions: z.int().min(0).meta({ description: "Sessions ended by disabling the account" }),
});

export const setPasswordSchema = z.object({
  password: z.string().min(12, "must be at least 12 characters").max(128, "must be at most 128 characters"),
});
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export const passwordSetSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  mustChangePassword: z.literal(true),
  endedSessions: z.int().min(0).meta({ description: "Sessions ended: the account signs in again with the new password" }),
});

export const endedSessionsSchema = z.strictObject({
  id: z.string(),
  endedSessions: z.int().min(0).meta({ description: "Sessions ended" }),
});

const tags = ["accounts"];
const access = { kind: "user", permission: "account:manage" } as const;

export const accountsContract = {
  list: defineEndpoint({
    operationId: "listAccounts",
    method: "GET",
    path: "/api/v1/accounts",
    summary: "List console accounts, by email",
    tags,
    access,
    responses: { 200: { description: "Every account", schema: z.strictObject({ accounts: z.array(accountSchema) }) } },
  }),
  export: defineEndpoint({
    operationId: "exportAccounts",
    method: "GET",
    path: "/api/v1/accounts/export",
    summary: "The accounts as CSV (RFC 4180), by email, narrowed by the accounts table's filters",
    description:
      "Filtered by part of the email or name, role and status, as the table is. Each export is recorded in the audit log as account.export with the filters and the number of rows. " +
      "Cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are prefixed with '.",
    tags,
    access,
    query: accountFilterSchema,
    responses: {
      200: {
        description: "The CSV file: id, email, name, role, status, must change password, sign-in methods, MFA, last sign-in, active sessions, created",
        schema: z.string(),
        contentType: "text/csv",
        headers: z.object({
          "content-disposition": z.string().meta({ description: 'attachment; filename="accounts-<date>.csv"' }),
          "x-export-truncated": z.enum(["false"]).meta({ description: "Always false: every matching account is in the file" }),
        }),
      },
    },
    errors: { 422: "Invalid filter; the field is named" },
  }),
  create: defineEndpoint({
    operationId: "createAccount",
    method: "POST",
    path: "/api/v1/accounts",
    summary: "Create a console account with a password",
    tags,
    access,
    body: { schema: createAccountSchema, required: true },
    responses: { 201: { description: "Created", schema: accountSchema } },
    errors: { 409: "An account with this email exists (also when two requests race to create it)" },
  }),
  update: defineEndpoint({
    operationId: "updateAccount",
    method: "PATCH",
    path: "/api/v1/accounts/{id}",
    summary: "Change an account's role or disable it (ends its sessions)",
    tags,
    access,
    params: z.object({ id: resourceIdSchema("account") }),
    body: { schema: updateAccountSchema, required: true },
    responses: { 200: { description: "Changed", schema: accountChangeSchema } },
    errors: { 409: "You cannot disable your own account or remove your own admin role, and nobody can demote or disable the last active admin" },
  }),
  setPassword: defineEndpoint({
    operationId: "setAccountPassword",
    method: "PUT",
    path: "/api/v1/accounts/{id}/password",
    summary: "Set a new password for a local account; the user must change it at next sign-in",
    description:
      "Ends the account's sessions. After signing in with this password, every API answers 403 password_change_required and every page leads to the change-password page until the user chooses their own (POST /api/session/password).",
    tags,
    access,
    params: z.object({ id: resourceIdSchema("account") }),
    body: { schema: setPasswordSchema, required: true },
    responses: { 200: { description: "Password set", schema: passwordSetSchema } },
    errors: { 409: "Your own password is changed on the change-password page; an account without a local password (single sign-on only) has none to set" },
  }),
  endSessions: defineEndpoint({
    operationId: "endAccountSessions",
    method: "DELETE",
    path: "/api/v1/accounts/{id}/sessions",
    summary: "End every session of an account (it must sign in again)",
    tags,
    access,
    params: z.object({ id: resourceIdSchema("account") }),
    responses: { 200: { description: "Sessions ended", schema: endedSessionsSchema } },
  }),
};
