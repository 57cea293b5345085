import type { TokenCaller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { hashTokenSecret } from "./token-secret";

const LAST_USED_RESOLUTION_MS = 60_000;

/** The ingestion token named by `Authorization: Bearer …`, or null when absent, unknown or revoked. */
export async function authenticateToken(headers: Headers): Promise<TokenCaller | null> {
  const header = headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return null;
  const token = await db().ingestToken.findUnique({ where: { tokenHash: hashTokenSecret(match[1]!) } });
  if (!token || token.revokedAt) return null;
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().ingestToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { kind: "token", tokenId: token.id, name: token.name };
}
