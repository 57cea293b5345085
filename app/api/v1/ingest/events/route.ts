import { defineRoute } from "@/lib/http/route";
import { ingestContract } from "@/lib/ingest/contract";
import { ingestEvents } from "@/lib/ingest/ingest-events";

/** Up to 1,000 notification events; each one accepted, counted as a duplicate, or rejected with its index. */
export const POST = defineRoute(ingestContract.events, async ({ body }) => ingestEvents(body));
