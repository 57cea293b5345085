import { z } from "zod";

/** Shared by the Settings tokens panel and the tokens API. */
export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** A token as listed: never the secret, only the prefix that identifies it. */
export type TokenView = {
  id: string;
  name: string;
  prefix: string;
  createdByEmail: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** The one response that carries the secret: creation. */
export type CreatedToken = { token: TokenView; secret: string };
