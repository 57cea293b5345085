import { defineRoute } from "@/lib/http/route";
import { applyDeviceSnapshots } from "@/lib/ingest/apply-device-snapshots";
import { ingestContract } from "@/lib/ingest/contract";

/** Up to 1,000 device snapshots, each applied on its own like PUT /api/v1/ingest/devices/{id}. */
export const POST = defineRoute(ingestContract.devices, async ({ body }) => applyDeviceSnapshots(body));
