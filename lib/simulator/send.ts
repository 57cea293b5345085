import type { z } from "zod";
import { ingestDevicesResponseSchema, ingestEventsResponseSchema, ingestUsersResponseSchema } from "@/lib/telemetry/responses";
import { MAX_DEVICES_PER_BATCH, MAX_EVENTS_PER_BATCH, MAX_USERS_PER_BATCH, type IngestEvent } from "@/lib/telemetry/schemas";
import { deviceSnapshot, type Fleet, type FleetDevice } from "./fleet";
import { createIngestClient, IngestError, type IngestClient, type RetryPolicy } from "./ingest-client";
import { createPacer, systemClock, type Clock } from "./pacer";

/**
 * Sends a fleet through the public ingestion API: the directory users, then the devices'
 * snapshots (up to 1,000 a request), then the events in time order, paced to a rate. Shared by the simulator CLI and seeding.
 */

export type SendPhase = "users" | "devices" | "events";
export type SendProgress = {
  phase: SendPhase;
  done: number;
  /** Known for users and devices; events are streamed, so their total is only known if given. */
  total?: number;
  /** occurredAt of the last event sent, to estimate progress through the period. */
  lastOccurredAt?: string;
};

export type SendFleetOptions = {
  baseUrl: string;
  token: string;
  fleet: Fleet;
  /** Any iterable, typically the lazy `generateEvents`. */
  events: Iterable<IngestEvent>;
  /** Most events per second to send; undefined or 0 for no limit. */
  rate?: number;
  /** Events per request, at most 1000. */
  batchSize?: number;
  /** When the device snapshots were observed; now by default. */
  observedAt?: Date;
  eventTotal?: number;
  onProgress?: (progress: SendProgress) => void;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
};

export type SendSummary = {
  users: number;
  devices: number;
  eventsSent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** The first few rejections, with the event's id, to show what the API disagreed with. */
  rejections: { id: string; reason: string }[];
  elapsedMs: number;
  /** Events sent per second of the events phase (users and devices go first and are not events). */
  eventsPerSecond: number;
};

const USERS_PATH = "/api/v1/ingest/users";
const EVENTS_PATH = "/api/v1/ingest/events";
const DEVICES_PATH = "/api/v1/ingest/devices";
const REJECTION_SAMPLE_SIZE = 20;

export async function sendFleet(options: SendFleetOptions): Promise<SendSummary> {
  const { fleet, rate, batchSize = 500, observedAt = new Date(), onProgress = () => {} } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_EVENTS_PER_BATCH) {
    throw new Error(`batch size must be 1 to ${MAX_EVENTS_PER_BATCH}, got ${batchSize}`);
  }
  const clock = options.clock ?? systemClock;
  const client = createIngestClient({ baseUrl: options.baseUrl, token: options.token, fetch: options.fetch, retry: options.retry, clock });
  const startedAt = clock.now();

  const users = await sendUsers(client, fleet, onProgress);
  await sendDevices(client, fleet.devices, observedAt, onProgress);
  const eventsStartedAt = clock.now();
  const events = await sendEvents(client, options.events, { batchSize, rate, clock, total: options.eventTotal, onProgress });

  const now = clock.now();
  const eventsMs = now - eventsStartedAt;
  return {
    users,
    devices: fleet.devices.length,
    ...events,
    elapsedMs: now - startedAt,
    eventsPerSecond: eventsMs > 0 ? events.eventsSent / (eventsMs / 1000) : 0,
  };
}

async function sendUsers(client: IngestClient, fleet: Fleet, onProgress: (progress: SendProgress) => void): Promise<number> {
  let upserted = 0;
  const total = fleet.users.length;
  for (let start = 0; start < total; start += MAX_USERS_PER_BATCH) {
    const users = fleet.users.slice(start, start + MAX_USERS_PER_BATCH);
    const body = await client.request("POST", USERS_PATH, { users });
    upserted += parseResponse(ingestUsersResponseSchema, body, USERS_PATH).upserted;
    onProgress({ phase: "users", done: start + users.length, total });
  }
  return upserted;
}

/** Snapshots in batches of up to 1,000; a rejected device stops the run, naming it, before any event is sent. */
async function sendDevices(client: IngestClient, devices: FleetDevice[], observedAt: Date, onProgress: (progress: SendProgress) => void): Promise<void> {
  for (let start = 0; start < devices.length; start += MAX_DEVICES_PER_BATCH) {
    const batch = devices.slice(start, start + MAX_DEVICES_PER_BATCH);
    const body = await client.request("POST", DEVICES_PATH, { devices: batch.map((device) => ({ id: device.id, ...deviceSnapshot(device, observedAt) })) });
    const { rejected } = parseResponse(ingestDevicesResponseSchema, body, DEVICES_PATH);
    if (rejected.length > 0) {
      const first = rejected[0]!;
      throw new IngestError(`POST ${DEVICES_PATH} rejected ${rejected.length} device(s), first ${batch[first.index]?.id ?? first.id}: ${first.reason}`);
    }
    onProgress({ phase: "devices", done: start + batch.length, total: devices.length });
  }
}

type EventTotals = Pick<SendSummary, "eventsSent" | "accepted" | "duplicates" | "rejected" | "rejections">;

async function sendEvents(
  client: IngestClient,
  events: Iterable<IngestEvent>,
  options: { batchSize: number; rate?: number; clock: Clock; total?: number; onProgress: (progress: SendProgress) => void },
): Promise<EventTotals> {
  const totals: EventTotals = { eventsSent: 0, accepted: 0, duplicates: 0, rejected: 0, rejections: [] };
  const pacer = createPacer(options.rate, options.clock);

  const flush = async (batch: IngestEvent[]) => {
    await pacer.take(batch.length);
    const body = await client.request("POST", EVENTS_PATH, { events: batch });
    const result = parseResponse(ingestEventsResponseSchema, body, EVENTS_PATH);
    totals.eventsSent += batch.length;
    totals.accepted += result.accepted;
    totals.duplicates += result.duplicates;
    totals.rejected += result.rejected.length;
    for (const rejection of result.rejected) {
      if (totals.rejections.length >= REJECTION_SAMPLE_SIZE) break;
      totals.rejections.push({ id: batch[rejection.index]?.id ?? rejection.id ?? `#${rejection.index}`, reason: rejection.reason });
    }
    options.onProgress({ phase: "events", done: totals.eventsSent, total: options.total, lastOccurredAt: batch.at(-1)!.occurredAt });
  };

  let batch: IngestEvent[] = [];
  for (const event of events) {
    batch.push(event);
    if (batch.length === options.batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  return totals;
}

function parseResponse<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new IngestError(`Unexpected response from ${path}: ${JSON.stringify(body)?.slice(0, 200)}`);
  return parsed.data;
}
