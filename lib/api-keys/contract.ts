import { z } from "zod";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { nameText } from "@/lib/domain/text";

/** API keys for integrations: shared by the Settings API keys panel, the api-keys API and its document. */

/**
 * Every permission but managing API keys can be granted to a key. A key that could mint keys
 * would outlive its own expiry and revocation through its offspring, so keys are made by people
 * signed in to the console only.
 */
export const GRANTABLE_SCOPES = PERMISSIONS.filter((permission) => permission !== "api_key:manage") as Exclude<Permission, "api_key:manage">[];

/** The longest a key may live: an integration's key is rotated at least once a year. */
export const MAX_EXPIRY_DAYS = 365;

export const createApiKeySchema = z.object({
  name: nameText(100),
  scopes: z
    .array(z.enum(GRANTABLE_SCOPES as [Permission, ...Permission[]]))
    .min(1, "must name at least one permission")
    .max(GRANTABLE_SCOPES.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, "must not repeat a permission")
    .meta({ description: "Permissions the key grants; each must be one the creator holds" }),
  expiresInDays: z
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(MAX_EXPIRY_DAYS, `must be at most ${MAX_EXPIRY_DAYS} days`)
    .meta({ description: "Days from now until the key stops working" }),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

/** A key as listed: never the secret, only the prefix that identifies it. */
export const apiKeySchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: "First characters of the secret, to recognise it" }),
    scopes: z.array(z.enum(PERMISSIONS)),
    createdByEmail: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Updated at most once a minute" }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiKey" });
export type ApiKeyView = z.output<typeof apiKeySchema>;

/** The one response that carries the secret: creation. */
export const createdApiKeySchema = z.strictObject({
  apiKey: apiKeySchema,
  secret: z.string().meta({ description: "Send as Authorization: Bearer <secret>; shown in this response only" }),
});
export type CreatedApiKey = z.output<typeof createdApiKeySchema>;

const tags = ["api-keys"];
const access = { kind: "user", permission: "api_key:manage" } as const;

export const apiKeysContract = {
  list: defineEndpoint({
    operationId: "listApiKeys",
    method: "GET",
    path: "/api/v1/api-keys",
    summary: "List API keys (never their secrets)",
    tags,
    access,
    responses: { 200: { description: "Every key, revoked and expired ones too", schema: z.strictObject({ apiKeys: z.array(apiKeySchema) }) } },
  }),
  create: defineEndpoint({
    operationId: "createApiKey",
    method: "POST",
    path: "/api/v1/api-keys",
    summary: "Create an API key for the user API; the secret is in this response only",
    description: "The key grants only the scopes given, each of which the creator must hold, until it expires or is revoked. Keys cannot manage keys.",
    tags,
    access,
    body: { schema: createApiKeySchema, required: true },
    responses: { 201: { description: "Created; only the secret's hash is stored", schema: createdApiKeySchema } },
    errors: { 422: "Invalid input, or a scope the creator does not hold: error.fields names it, e.g. scopes[1]" },
  }),
  revoke: defineEndpoint({
    operationId: "revokeApiKey",
    method: "DELETE",
    path: "/api/v1/api-keys/{id}",
    summary: "Revoke an API key (refused from the next request on); revoking twice is harmless",
    tags,
    access,
    params: z.object({ id: resourceIdSchema("API key") }),
    responses: { 200: { description: "The revoked key (it stays listed, marked revoked)", schema: apiKeySchema } },
  }),
};
