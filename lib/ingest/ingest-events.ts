import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { IngestEventsResponse } from "@/lib/telemetry/responses";
import { ingestEventsBodySchema, validateEvents, type EventRejection, type IngestEvent } from "@/lib/telemetry/schemas";
import { storeEvents } from "./store-events";
import { implausibleTimeReason } from "./storable-values";

/**
 * POST /api/v1/ingest/events. Each event is validated on its own; invalid ones and events for
 * devices the console has never seen are rejected with their index, the rest are stored. An
 * event is stored with its device's user and group, so an unknown device cannot be stored "for later".
 */
export async function ingestEvents(body: unknown, now = Date.now()): Promise<IngestEventsResponse> {
  const { events } = parseOrThrow(ingestEventsBodySchema, body);
  const { valid, rejected } = validateEvents(events);
  const indexes = indexesOfValid(events.length, rejected);

  const storable: { event: IngestEvent; index: number }[] = [];
  valid.forEach((event, position) => {
    const index = indexes[position]!;
    const problem = unstorableProblem(event, now);
    if (problem) rejected.push({ index, id: event.id, ...problem });
    else storable.push({ event, index });
  });

  // Built from the INSERT's RETURNING only: nothing is acknowledged that was not stored.
  const { accepted, unknownDeviceIds } = await storeEvents(storable.map(({ event }) => event));
  let known = 0;
  for (const { event, index } of storable) {
    if (unknownDeviceIds.has(event.deviceId)) rejected.push({ index, id: event.id, field: "deviceId", reason: unknownDeviceReason(event.deviceId) });
    else known += 1;
  }
  return { accepted, duplicates: known - accepted, rejected: rejected.sort((a, b) => a.index - b.index) };
}

export function unknownDeviceReason(deviceId: string): string {
  return `deviceId: unknown device; PUT /api/v1/ingest/devices/${encodeURIComponent(deviceId)} first`;
}

/** Half a surrogate pair: JSON can carry one, PostgreSQL jsonb cannot (nor a NUL character). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What the schema lets through but PostgreSQL could not store (it would fail the whole batch). */
function unstorableProblem(event: IngestEvent, now: number): Pick<EventRejection, "field" | "reason"> | null {
  if (event.id.includes("\u0000") || LONE_SURROGATE.test(event.id)) return { field: "id", reason: "id: must be valid Unicode text without NUL characters" };
  const timeProblem = implausibleTimeReason(event.occurredAt, now);
  return timeProblem ? { field: "occurredAt", reason: `occurredAt: ${timeProblem}` } : null;
}

/** validateEvents keeps the valid events in request order, so their indexes are the ones not rejected. */
function indexesOfValid(total: number, rejected: readonly EventRejection[]): number[] {
  const rejectedIndexes = new Set(rejected.map((rejection) => rejection.index));
  const indexes: number[] = [];
  for (let index = 0; index < total; index += 1) if (!rejectedIndexes.has(index)) indexes.push(index);
  return indexes;
}
