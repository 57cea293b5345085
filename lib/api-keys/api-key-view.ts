import type { ApiKey } from "@/generated/prisma/client";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { ApiKeyView } from "./contract";

/** Scopes as stored, minus any a later release dropped from the catalogue. */
export function knownScopes(scopes: readonly string[]): Permission[] {
  return scopes.filter((scope): scope is Permission => (PERMISSIONS as readonly string[]).includes(scope));
}

export function toApiKeyView(key: ApiKey): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: knownScopes(key.scopes),
    createdByEmail: key.createdByEmail,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
