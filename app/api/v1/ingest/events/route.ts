import { ingestEvents } from "@/lib/ingest/ingest-events";
import { ingestRoute } from "@/lib/ingest/ingest-route";

/** Up to 1,000 notification events; each one accepted, counted as a duplicate, or rejected with its index. */
export const POST = ingestRoute(async ({ body }) => ingestEvents(body));
