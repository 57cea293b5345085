import { z } from "zod";

/** Success bodies of the ingestion API, shared by the API (what it returns) and clients (what they check). */

/** POST /api/v1/ingest/users → 200. */
export const ingestUsersResponseSchema = z.object({ upserted: z.int().min(0) });
export type IngestUsersResponse = z.output<typeof ingestUsersResponseSchema>;

/** POST /api/v1/ingest/events → 200. `index` is the event's position in the request's `events`. */
export const ingestEventsResponseSchema = z.object({
  accepted: z.int().min(0),
  duplicates: z.int().min(0),
  rejected: z.array(
    z.object({
      index: z.int().min(0),
      id: z.string().optional(),
      reason: z.string(),
      field: z.string().optional(),
    }),
  ),
});
export type IngestEventsResponse = z.output<typeof ingestEventsResponseSchema>;

/** POST /api/v1/ingest/devices → 200. `index` is the snapshot's position in the request's `devices`. */
export const ingestDevicesResponseSchema = z.object({
  created: z.int().min(0),
  updated: z.int().min(0),
  /** Not newer than the stored snapshot: the device's state did not change. */
  stale: z.int().min(0),
  rejected: z.array(z.object({ index: z.int().min(0), id: z.string().optional(), field: z.string().optional(), reason: z.string() })),
});
export type IngestDevicesResponse = z.output<typeof ingestDevicesResponseSchema>;

/** Error body of every API route (STYLE.md: one error type, one mapper). */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
export type ApiError = z.output<typeof apiErrorSchema>;
