import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { nameText } from "@/lib/domain/text";

/** Ingestion tokens: shared by the Settings tokens panel, the tokens API and its document. */

export const createTokenSchema = z.object({
  name: nameText(100),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** A token as listed: never the secret, only the prefix that identifies it. */
export const tokenSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: "First characters of the secret, to recognise it" }),
    createdByEmail: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Updated at most once a minute" }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "IngestToken" });
export type TokenView = z.output<typeof tokenSchema>;

/** The one response that carries the secret: creation. */
export const createdTokenSchema = z.strictObject({
  token: tokenSchema,
  secret: z.string().meta({ description: "Send as Authorization: Bearer <secret>; shown in this response only" }),
});
export type CreatedToken = z.output<typeof createdTokenSchema>;

const tags = ["tokens"];
const access = { kind: "user", permission: "token:manage" } as const;

export const tokensContract = {
  list: defineEndpoint({
    operationId: "listTokens",
    method: "GET",
    path: "/api/v1/tokens",
    summary: "List ingestion tokens (never their secrets)",
    tags,
    access,
    responses: { 200: { description: "Every token, revoked ones too", schema: z.strictObject({ tokens: z.array(tokenSchema) }) } },
  }),
  create: defineEndpoint({
    operationId: "createToken",
    method: "POST",
    path: "/api/v1/tokens",
    summary: "Create an ingestion token; the secret is in this response only",
    tags,
    access,
    body: { schema: createTokenSchema, required: true },
    responses: { 201: { description: "Created; only the secret's hash is stored", schema: createdTokenSchema } },
  }),
  revoke: defineEndpoint({
    operationId: "revokeToken",
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    summary: "Revoke an ingestion token (refused from the next request on); revoking twice is harmless",
    tags,
    access,
    params: z.object({ id: resourceIdSchema("token") }),
    responses: { 200: { description: "The revoked token (it stays listed, marked revoked)", schema: tokenSchema } },
  }),
};
