import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { createTokenSchema, type CreatedToken } from "./contract";
import { generateTokenSecret } from "./token-secret";
import { toTokenView } from "./token-view";

/** Creates an ingestion token. The secret is returned this once; only its hash is stored. */
export async function createToken(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<CreatedToken> {
  const admin = requirePermission(caller, "token:manage");
  const { name } = parseOrThrow(createTokenSchema, input);
  const { secret, hash, prefix } = generateTokenSecret();

  const token = await db().$transaction(async (tx) => {
    const created = await tx.ingestToken.create({
      data: { name, tokenHash: hash, prefix, createdById: admin.userId, createdByEmail: admin.email },
    });
    await recordAudit({ actor: admin, action: "token.create", targetType: "ingest_token", targetId: created.id, details: { name, prefix }, context }, tx);
    return created;
  });
  return { token: toTokenView(token), secret };
}
