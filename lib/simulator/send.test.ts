import { afterEach, describe, expect, it } from "vitest";
import { deviceSnapshotSchema, type IngestEvent } from "@/lib/telemetry/schemas";
import { generateEvents } from "./events";
import { startFakeIngestServer, type FakeIngestServer, type FakeResponse, type RecordedRequest } from "./fake-ingest-server";
import { deviceSnapshot, generateFleet } from "./fleet";
import { IngestError } from "./ingest-client";
import { sendFleet, type SendProgress } from "./send";

const now = new Date("2025-03-05T15:00:00.000Z");
const fleet = generateFleet({ users: 30, seed: 3 });
const events = [...generateEvents({ fleet, days: 1, seed: 3, now })];
const fastRetry = { backoffMs: 1 };

let server: FakeIngestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const isEvents = (request: RecordedRequest) => request.path === "/api/v1/ingest/events";
const eventsIn = (request: RecordedRequest) => (request.body as { events: IngestEvent[] }).events;

describe("sendFleet", () => {
  it("sends users, then every device, then all events in batches, with the token, waiting out a 429", async () => {
    let eventRequests = 0;
    server = await startFakeIngestServer((request) =>
      isEvents(request) && ++eventRequests === 2 ? { status: 429, headers: { "retry-after": "0" } } : undefined,
    );
    const progress: SendProgress[] = [];
    const summary = await sendFleet({
      baseUrl: server.url,
      token: "t0k3n",
      fleet,
      events,
      batchSize: 100,
      observedAt: now,
      onProgress: (update) => progress.push(update),
    });

    const phases = server.requests.map((request) => request.path.split("/")[4]);
    expect(phases).toEqual([...phases].sort((a, b) => ["users", "devices", "events"].indexOf(a!) - ["users", "devices", "events"].indexOf(b!)));
    expect(server.requests.every((request) => request.authorization === "Bearer t0k3n")).toBe(true);

    expect(server.requests[0]).toMatchObject({ method: "POST", path: "/api/v1/ingest/users", body: { users: fleet.users } });
    const sentDevices = server.requests
      .filter((request) => request.path === "/api/v1/ingest/devices")
      .flatMap((request) => (request.body as { devices: { id: string }[] }).devices);
    expect(sentDevices.map((device) => device.id)).toEqual(fleet.devices.map((device) => device.id));
    for (const device of fleet.devices) {
      const { id: _id, ...sent } = sentDevices.find((candidate) => candidate.id === device.id)!;
      expect(deviceSnapshotSchema.parse(sent)).toEqual(deviceSnapshot(device, now));
    }

    const eventPosts = server.requests.filter(isEvents);
    const batches = Math.ceil(events.length / 100);
    expect(eventPosts).toHaveLength(batches + 1);
    // The rate-limited batch was sent again, unchanged.
    expect(eventsIn(eventPosts[1]!)).toEqual(eventsIn(eventPosts[2]!));
    const delivered = eventPosts.filter((_, index) => index !== 1).flatMap(eventsIn);
    expect(delivered).toEqual(events);
    expect(eventPosts.every((request) => eventsIn(request).length <= 100)).toBe(true);

    expect(summary).toMatchObject({
      users: 30,
      devices: fleet.devices.length,
      eventsSent: events.length,
      accepted: events.length,
      duplicates: 0,
      rejected: 0,
    });
    expect(progress.at(-1)).toEqual({ phase: "events", done: events.length, total: undefined, lastOccurredAt: events.at(-1)!.occurredAt });
    expect(progress.filter((update) => update.phase === "devices").at(-1)).toEqual({ phase: "devices", done: fleet.devices.length, total: fleet.devices.length });
  });

  it("splits users into batches of at most 1000", async () => {
    server = await startFakeIngestServer();
    const big = generateFleet({ users: 2500, seed: 3 });
    const summary = await sendFleet({ baseUrl: server.url, token: "t", fleet: { ...big, devices: big.devices.slice(0, 2) }, events: [] });
    const sizes = server.requests.filter((request) => request.path === "/api/v1/ingest/users").map((request) => (request.body as { users: unknown[] }).users.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(summary.users).toBe(2500);
  });

  it("sends device snapshots in batches of at most 1000, each with its id", async () => {
    server = await startFakeIngestServer();
    const big = generateFleet({ users: 1800, seed: 5 });
    await sendFleet({ baseUrl: server.url, token: "t", fleet: big, events: [] });
    const batches = server.requests.filter((request) => request.path === "/api/v1/ingest/devices").map((request) => (request.body as { devices: { id: string }[] }).devices);
    expect(big.devices.length).toBeGreaterThan(2000);
    expect(batches.map((batch) => batch.length)).toEqual([1000, 1000, big.devices.length - 2000]);
    expect(batches.flat().map((device) => device.id)).toEqual(big.devices.map((device) => device.id));
  });

  it("adds up duplicates and rejections, naming the rejected events", async () => {
    server = await startFakeIngestServer((request): FakeResponse | undefined => {
      if (!isEvents(request)) return undefined;
      const count = eventsIn(request).length;
      return { status: 200, body: { accepted: count - 3, duplicates: 2, rejected: [{ index: 1, reason: "cause: not allowed" }] } };
    });
    const summary = await sendFleet({ baseUrl: server.url, token: "t", fleet, events: events.slice(0, 200), batchSize: 100 });
    expect(summary).toMatchObject({ eventsSent: 200, accepted: 194, duplicates: 4, rejected: 2 });
    expect(summary.rejections).toEqual([
      { id: events[1]!.id, reason: "cause: not allowed" },
      { id: events[101]!.id, reason: "cause: not allowed" },
    ]);
  });

  it("paces events to the rate", async () => {
    server = await startFakeIngestServer();
    const summary = await sendFleet({ baseUrl: server.url, token: "t", fleet: { ...fleet, users: [], devices: [] }, events: events.slice(0, 300), batchSize: 100, rate: 1000 });
    // Three batches of 100 at 1000 events/s: the second and third each wait about 100 ms.
    expect(summary.elapsedMs).toBeGreaterThanOrEqual(190);
  });

  it("retries a server error and carries on", async () => {
    let usersRequests = 0;
    server = await startFakeIngestServer((request) =>
      request.path === "/api/v1/ingest/users" && ++usersRequests === 1 ? { status: 503, body: { error: { code: "unavailable", message: "Starting up" } } } : undefined,
    );
    const summary = await sendFleet({ baseUrl: server.url, token: "t", fleet, events: events.slice(0, 10), retry: fastRetry });
    expect(usersRequests).toBe(2);
    expect(summary.accepted).toBe(10);
  });

  it("gives up after a few server errors, with the API's message", async () => {
    server = await startFakeIngestServer(() => ({ status: 500, body: { error: { code: "internal", message: "Database is down" } } }));
    const sending = sendFleet({ baseUrl: server.url, token: "t", fleet, events, retry: { ...fastRetry, attempts: 2 } });
    await expect(sending).rejects.toThrow("POST /api/v1/ingest/users failed with HTTP 500: Database is down");
    expect(server.requests).toHaveLength(3);
  });

  it("stops at once on a rejected token", async () => {
    server = await startFakeIngestServer(() => ({ status: 401, body: { error: { code: "unauthenticated", message: "Invalid token" } } }));
    const sending = sendFleet({ baseUrl: server.url, token: "wrong", fleet, events });
    await expect(sending).rejects.toThrow(/^401 Unauthorized .*ingest token was rejected.*Invalid token$/);
    await expect(sending).rejects.toBeInstanceOf(IngestError);
    expect(server.requests).toHaveLength(1);
  });

  it("stops before the events when the API rejects a device, naming it", async () => {
    server = await startFakeIngestServer((request) =>
      request.path === "/api/v1/ingest/devices"
        ? { status: 200, body: { created: 0, updated: 0, stale: 0, rejected: [{ index: 0, field: "model", reason: "model: is too long" }] } }
        : undefined,
    );
    const sending = sendFleet({ baseUrl: server.url, token: "t", fleet, events });
    await expect(sending).rejects.toThrow(`POST /api/v1/ingest/devices rejected 1 device(s), first ${fleet.devices[0]!.id}: model: is too long`);
    expect(server.requests.some(isEvents)).toBe(false);
  });

  it("says so when the server is not reachable", async () => {
    const closed = await startFakeIngestServer();
    await closed.close();
    const sending = sendFleet({ baseUrl: closed.url, token: "t", fleet, events, retry: { ...fastRetry, attempts: 1 } });
    await expect(sending).rejects.toThrow(`Server not reachable at ${closed.url} (ECONNREFUSED)`);
  });

  it("refuses a batch size over the API's limit", async () => {
    await expect(sendFleet({ baseUrl: "http://127.0.0.1:9", token: "t", fleet, events, batchSize: 1001 })).rejects.toThrow(/batch size/);
  });
});
