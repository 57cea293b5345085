import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { permissionsOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createApiKeySchema, type CreatedApiKey } from "./contract";
import { generateApiKeySecret } from "./api-key-secret";
import { toApiKeyView } from "./api-key-view";
import { scopesBeyond } from "./scopes-beyond";

const DAY_MS = 86_400_000;

/** Creates an API key for the caller. The secret is returned this once; only its hash is stored. */
export async function createApiKey(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<CreatedApiKey> {
  const admin = requirePermission(caller, "api_key:manage");
  // Keys never hold api_key:manage (not grantable); this keeps it so should the catalogue change.
  if (admin.kind !== "user") throw new AppError("forbidden", "API keys are created by people signed in to the console, not by other keys.");
  const { name, scopes, expiresInDays } = parseOrThrow(createApiKeySchema, input);

  const beyond = scopesBeyond(permissionsOf(admin.role), scopes);
  if (beyond.length > 0) {
    throw new AppError("validation_failed", `You cannot grant what you do not hold: ${beyond.map((b) => b.scope).join(", ")}.`, {
      fields: beyond.map(({ index, scope }) => ({ field: `scopes[${index}]`, message: `you do not hold ${scope}` })),
    });
  }

  const { secret, hash, prefix } = generateApiKeySecret();
  const expiresAt = new Date(Date.now() + expiresInDays * DAY_MS);
  const key = await db().$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, keyHash: hash, prefix, scopes, expiresAt, createdById: admin.userId, createdByEmail: admin.email },
    });
    await recordAudit(
      { actor: admin, action: "api_key.create", targetType: "api_key", targetId: created.id, details: { name, prefix, scopes, expiresAt: expiresAt.toISOString() }, context },
      tx,
    );
    return created;
  });
  return { apiKey: toApiKeyView(key), secret };
}
