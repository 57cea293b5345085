import "server-only";
import type { TokenCaller } from "@/lib/auth/caller";
import { sqlPool } from "@/lib/db/client";
import { hashTokenSecret } from "./token-secret";

const LAST_USED_RESOLUTION_MS = 60_000;

// Runs on every ingest request: one indexed lookup straight on the pool, not through Prisma.
const FIND_SQL = `SELECT id, name, "revokedAt", "lastUsedAt" FROM ingest_token WHERE "tokenHash" = $1`;
const TOUCH_SQL = `UPDATE ingest_token SET "lastUsedAt" = $2 WHERE id = $1`;

type TokenRow = { id: string; name: string; revokedAt: Date | null; lastUsedAt: Date | null };

/** The ingestion token named by `Authorization: Bearer …`, or null when absent, unknown or revoked. */
export async function authenticateToken(headers: Headers): Promise<TokenCaller | null> {
  const header = headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return null;
  const { rows } = await sqlPool().query<TokenRow>(FIND_SQL, [hashTokenSecret(match[1]!)]);
  const token = rows[0];
  if (!token || token.revokedAt) return null;
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await sqlPool().query(TOUCH_SQL, [token.id, new Date(now)]);
  }
  return { kind: "token", tokenId: token.id, name: token.name };
}
