import { tokenRoute, type TokenRouteContext } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { enforceIngestRateLimit } from "./enforce-ingest-rate-limit";
import { readJsonWithinLimit } from "./read-json-within-limit";

type IngestContext<P> = TokenRouteContext<P> & { body: unknown };

/**
 * An ingestion endpoint: bearer token (401), the token's rate limit (429), then the JSON body
 * within INGEST_MAX_BODY_BYTES (413, 400). The order means a refused request is never read.
 */
export function ingestRoute<P = Record<string, string>>(handler: (ctx: IngestContext<P>) => Promise<Response | object | null>) {
  return tokenRoute<P>(async (ctx) => {
    await enforceIngestRateLimit(ctx.caller.tokenId);
    const body = await readJsonWithinLimit(ctx.req, env().INGEST_MAX_BODY_BYTES);
    return handler({ ...ctx, body });
  });
}
