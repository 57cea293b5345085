import { applyDeviceSnapshots } from "@/lib/ingest/apply-device-snapshots";
import { ingestRoute } from "@/lib/ingest/ingest-route";

/** Up to 1,000 device snapshots, each applied on its own like PUT /api/v1/ingest/devices/{id}. */
export const POST = ingestRoute(async ({ body }) => applyDeviceSnapshots(body));
