import "server-only";
import type { ApiKeyCaller } from "@/lib/auth/caller";
import { isRole, permissionsOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashApiKeySecret } from "./api-key-secret";
import { knownScopes } from "./api-key-view";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The caller behind an API key secret, or a 401 saying why not (unknown, revoked, expired, or its
 * creator's account disabled). The key acts for its creator and never beyond them: its scopes are
 * narrowed to what the creator's role grants now, so demoting an admin narrows their keys too.
 */
export async function authenticateApiKey(secret: string): Promise<ApiKeyCaller> {
  const key = await db().apiKey.findUnique({ where: { keyHash: hashApiKeySecret(secret) } });
  if (!key) throw refused("This API key is not known.");
  if (key.revokedAt) throw refused("This API key has been revoked.");
  const now = new Date();
  if (key.expiresAt <= now) throw refused("This API key has expired.");
  const creator = await db().user.findUnique({ where: { id: key.createdById }, select: { role: true, disabled: true } });
  if (!creator || creator.disabled || !isRole(creator.role)) throw refused("The account that created this API key is disabled or gone.");

  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiKey.updateMany({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  const held = permissionsOf(creator.role);
  return {
    kind: "apiKey",
    keyId: key.id,
    name: key.name,
    prefix: key.prefix,
    userId: key.createdById,
    email: key.createdByEmail,
    permissions: knownScopes(key.scopes).filter((scope) => held.includes(scope)),
  };
}

function refused(message: string): AppError {
  return new AppError("unauthenticated", message);
}
