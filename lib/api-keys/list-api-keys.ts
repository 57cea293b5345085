import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { ApiKeyView } from "./contract";
import { toApiKeyView } from "./api-key-view";

/** Every API key, unrevoked ones first, newest first within each. */
export async function listApiKeys(caller: Caller | null): Promise<ApiKeyView[]> {
  requirePermission(caller, "api_key:manage");
  const keys = await db().apiKey.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return keys.map(toApiKeyView);
}
