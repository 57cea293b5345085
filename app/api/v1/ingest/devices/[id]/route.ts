import { defineRoute, reply } from "@/lib/http/route";
import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { ingestContract } from "@/lib/ingest/contract";

/** A device's state as observed at `observedAt`; an older snapshot never replaces a newer one. */
export const PUT = defineRoute(ingestContract.device, async ({ params, body }) => {
  const result = await applyDeviceSnapshot(params.id, body);
  return reply(result.status === "created" ? 201 : 200, result);
});
