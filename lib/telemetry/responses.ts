import { z } from "zod";
import { errorBodySchema } from "@/lib/errors/error-body";

/** Success bodies of the ingestion API, shared by the API (what it returns) and clients (what they check). */

const rejectionFields = {
  index: z.int().min(0).meta({ description: "Position in the request's list" }),
  reason: z.string(),
};

/** POST /api/v1/ingest/users → 200. */
export const ingestUsersResponseSchema = z.object({
  upserted: z.int().min(0).meta({ description: "Users in the batch now stored as sent: created + updated + unchanged" }),
  created: z.int().min(0),
  updated: z.int().min(0),
  unchanged: z.int().min(0),
  groupChanges: z.int().min(0).meta({ description: "Users moved to another group (each one audited as directory.group_change)" }),
  rejected: z
    .array(z.object({ ...rejectionFields, upn: z.string().optional(), field: z.string().optional().meta({ description: "The offending field, e.g. group, upn, displayName" }) }))
    .meta({ description: "Users not stored: malformed, a UPN repeated in the batch, or naming a group that does not exist" }),
});
export type IngestUsersResponse = z.output<typeof ingestUsersResponseSchema>;

/** POST /api/v1/ingest/events → 200. `index` is the event's position in the request's `events`. */
export const ingestEventsResponseSchema = z.object({
  accepted: z.int().min(0).meta({ description: "Events stored by this request" }),
  duplicates: z.int().min(0).meta({ description: "Events whose id was already stored" }),
  rejected: z.array(
    z.object({
      ...rejectionFields,
      id: z.string().optional(),
      field: z.string().optional().meta({ description: "The offending field, e.g. cause, occurredAt, deviceId" }),
    }),
  ),
});
export type IngestEventsResponse = z.output<typeof ingestEventsResponseSchema>;

/** POST /api/v1/ingest/devices → 200. `index` is the snapshot's position in the request's `devices`. */
export const ingestDevicesResponseSchema = z.object({
  created: z.int().min(0),
  updated: z.int().min(0),
  stale: z.int().min(0).meta({ description: "Not newer than the stored snapshot: the device's state did not change" }),
  rejected: z.array(z.object({ ...rejectionFields, id: z.string().optional(), field: z.string().optional() })),
});
export type IngestDevicesResponse = z.output<typeof ingestDevicesResponseSchema>;

/** PUT /api/v1/ingest/devices/{id} → 201 (created) or 200 (updated, or ignored as stale). */
export const deviceSnapshotResponseSchema = z.object({
  deviceId: z.string(),
  applied: z.boolean().meta({ description: "False when the stored snapshot is as new or newer: the device's state did not change" }),
  status: z.enum(["created", "updated", "stale"]),
});
export type DeviceSnapshotResponse = z.output<typeof deviceSnapshotResponseSchema>;

/** The API's one error body (lib/errors/error-body.ts), under the name the simulator knows. */
export const apiErrorSchema = errorBodySchema;
export type ApiError = z.output<typeof apiErrorSchema>;
