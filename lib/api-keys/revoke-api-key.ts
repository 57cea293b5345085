import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { ApiKeyView } from "./contract";
import { toApiKeyView } from "./api-key-view";

/**
 * Revokes a key; the next request carrying it is refused (keys are looked up on every request,
 * never cached). Revoking a revoked key changes nothing and is not audited again.
 */
export async function revokeApiKey(caller: Caller | null, keyId: string, context: AuditContext = {}): Promise<ApiKeyView> {
  const admin = requirePermission(caller, "api_key:manage");
  const id = requireResourceId(keyId, "API key");

  return db().$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw new AppError("not_found", "No such API key.");
    if (revoked.count > 0) {
      await recordAudit({ actor: admin, action: "api_key.revoke", targetType: "api_key", targetId: key.id, details: { name: key.name, prefix: key.prefix }, context }, tx);
    }
    return toApiKeyView(key);
  });
}
