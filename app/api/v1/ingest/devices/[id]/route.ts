import { json } from "@/lib/api/handler";
import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { ingestRoute } from "@/lib/ingest/ingest-route";

/** A device's state as observed at `observedAt`; an older snapshot never replaces a newer one. */
export const PUT = ingestRoute<{ id: string }>(async ({ params, body }) => {
  const result = await applyDeviceSnapshot(params.id, body);
  return json(result, { status: result.status === "created" ? 201 : 200 });
});
