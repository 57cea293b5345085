import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { TokenView } from "./contract";
import { toTokenView } from "./token-view";

/** Every ingestion token, active ones first, newest first within each. */
export async function listTokens(caller: Caller | null): Promise<TokenView[]> {
  requirePermission(caller, "token:manage");
  const tokens = await db().ingestToken.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return tokens.map(toTokenView);
}
