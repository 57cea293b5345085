import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { TokenView } from "./contract";
import { toTokenView } from "./token-view";

/**
 * Revokes a token; the next request carrying it is refused (tokens are checked on every request,
 * never cached). Revoking an already revoked token changes nothing and is not audited again.
 */
export async function revokeToken(caller: Caller | null, tokenId: string, context: AuditContext = {}): Promise<TokenView> {
  const admin = requirePermission(caller, "token:manage");
  // Ids are UUIDs; anything else cannot name a token (and would make PostgreSQL reject the query).
  const id = requireResourceId(tokenId, "token");

  return db().$transaction(async (tx) => {
    const revoked = await tx.ingestToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const token = await tx.ingestToken.findUnique({ where: { id } });
    if (!token) throw new AppError("not_found", "No such token.");
    if (revoked.count > 0) {
      await recordAudit(
        { actor: admin, action: "token.revoke", targetType: "ingest_token", targetId: token.id, details: { name: token.name, prefix: token.prefix }, context },
        tx,
      );
    }
    return toTokenView(token);
  });
}
