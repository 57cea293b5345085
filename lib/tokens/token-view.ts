import type { IngestToken } from "@/generated/prisma/client";
import type { TokenView } from "./contract";

export function toTokenView(token: IngestToken): TokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdByEmail: token.createdByEmail,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
