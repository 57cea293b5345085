import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/ingest/events/route";
import { db } from "@/lib/db/client";
import type { IngestEventsResponse } from "@/lib/telemetry/responses";
import { onRealPostgres, ingestRequest, makeDevice, makeToken, richEvent, unique } from "./testing/ingest-fixtures";

const PATH = "/api/v1/ingest/events";

async function send(token: string, body: unknown): Promise<{ status: number; body: IngestEventsResponse }> {
  const response = await POST(ingestRequest("POST", PATH, body, { token }));
  return { status: response.status, body: (await response.json()) as IngestEventsResponse };
}

describe("POST /api/v1/ingest/events", () => {
  it("stores each event with the device's user and group, once per id", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const events = [
      richEvent(device.deviceId, { badgeCount: 3 }),
      richEvent(device.deviceId, {
        outcome: "failure",
        cause: "exchange_tls_failed",
        failedStep: "exchange_connect",
        steps: [
          { step: "push_received", durationMs: 5, ok: true },
          { step: "exchange_connect", durationMs: 120, ok: false },
        ],
      }),
    ];

    const first = await send(secret, { events });
    expect(first).toEqual({ status: 200, body: { accepted: 2, duplicates: 0, rejected: [] } });
    const again = await send(secret, { events });
    expect(again.body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });

    const stored = await db().notificationEvent.findMany({ where: { deviceId: device.deviceId }, orderBy: { badgeCount: "asc" } });
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ userId: device.userId, groupId: device.groupId, outcome: "rich", badgeCount: 3 });
    expect(stored[1]).toMatchObject({ outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect", steps: events[1]!.steps });
    expect(stored[1]!.occurredAt.toISOString()).toBe(events[1]!.occurredAt);
  });

  it("counts an id repeated inside one batch as a duplicate", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const event = richEvent(device.deviceId);
    const result = await send(secret, { events: [event, event, richEvent(device.deviceId)] });
    expect(result.body).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
  });

  it.runIf(onRealPostgres)("stores the same batch once when it is sent 10 times at the same time", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const events = Array.from({ length: 200 }, () => richEvent(device.deviceId));

    const results = await Promise.all(Array.from({ length: 10 }, () => send(secret, { events })));
    expect(results.map((result) => result.status)).toEqual(Array(10).fill(200));
    expect(results.reduce((sum, result) => sum + result.body.accepted, 0)).toBe(200);
    expect(results.reduce((sum, result) => sum + result.body.duplicates, 0)).toBe(9 * 200);
    expect(await db().notificationEvent.count({ where: { deviceId: device.deviceId } })).toBe(200);
  });

  it.runIf(onRealPostgres)("stores overlapping batches sent in different orders at once without deadlocking", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const events = Array.from({ length: 300 }, () => richEvent(device.deviceId));
    const orders = [events, [...events].reverse(), [...events.slice(150), ...events.slice(0, 150)]];

    const results = await Promise.all(orders.map((order) => send(secret, { events: order })));
    expect(results.map((result) => result.status)).toEqual([200, 200, 200]);
    expect(results.reduce((sum, result) => sum + result.body.accepted, 0)).toBe(300);
  });

  it("stores the valid events and rejects the others with their index, id and field", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const good = [richEvent(device.deviceId), richEvent(device.deviceId)];
    const unknownDevice = richEvent(unique("never-registered"));
    const events = [
      good[0],
      { ...richEvent(device.deviceId), outcome: "generic" }, // generic needs a cause
      unknownDevice,
      { ...richEvent(device.deviceId), occurredAt: "yesterday" },
      good[1],
      { ...richEvent(device.deviceId), occurredAt: "1999-12-31T23:00:00Z" },
      "not an object",
      { ...richEvent(device.deviceId), id: "nul\u0000id" },
      { ...richEvent(device.deviceId), id: "half a pair \ud800" },
    ];

    const result = await send(secret, { events });
    expect(result.status).toBe(200);
    expect(result.body.accepted).toBe(2);
    expect(result.body.duplicates).toBe(0);
    expect(result.body.rejected.map(({ index, field }) => ({ index, field }))).toEqual([
      { index: 1, field: "cause" },
      { index: 2, field: "deviceId" },
      { index: 3, field: "occurredAt" },
      { index: 5, field: "occurredAt" },
      { index: 6, field: undefined },
      { index: 7, field: "id" },
      { index: 8, field: "id" },
    ]);
    expect(result.body.rejected[0]).toMatchObject({ id: (events[1] as { id: string }).id, reason: "cause is required when outcome is generic" });
    expect(result.body.rejected[1]!.reason).toBe(`deviceId: unknown device; PUT /api/v1/ingest/devices/${unknownDevice.deviceId} first`);
    expect(result.body.rejected[3]!.reason).toMatch(/before 2000/);

    const stored = await db().notificationEvent.findMany({ where: { deviceId: device.deviceId }, select: { id: true } });
    expect(stored.map((row) => row.id).sort()).toEqual(good.map((event) => event.id).sort());
  });

  it("answers 422 naming `events` when the body has no event list or too many events", async () => {
    const { secret } = await makeToken();
    for (const body of [{}, { events: [] }, { events: Array(1001).fill({}) }]) {
      const response = await POST(ingestRequest("POST", PATH, body, { token: secret }));
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: "validation_failed", fields: [{ field: "events" }] } });
    }
  });

  it("rejects a deeply nested event instead of failing the request", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const body = `{"events":[${JSON.stringify(richEvent(device.deviceId))},${deep}]}`;
    const response = await POST(ingestRequest("POST", PATH, null, { token: secret, rawBody: body }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: 1, rejected: [{ index: 1 }] });
  });

  it("answers 400 for a body that is not JSON, storing nothing", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();
    const text = JSON.stringify({ events: [richEvent(device.deviceId)] }).slice(0, -2);
    const response = await POST(ingestRequest("POST", PATH, null, { token: secret, rawBody: text }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("not valid JSON") } });
    expect(await db().notificationEvent.count({ where: { deviceId: device.deviceId } })).toBe(0);
  });

  it("answers 401 without a token, with an unknown token, and to a session user", async () => {
    const device = await makeDevice();
    const body = { events: [richEvent(device.deviceId)] };
    const attempts = [
      ingestRequest("POST", PATH, body),
      ingestRequest("POST", PATH, body, { token: "rpc_not-a-real-token" }),
      ingestRequest("POST", PATH, body, { headers: { cookie: "rpc.session_token=whatever" } }),
    ];
    for (const request of attempts) {
      const response = await POST(request);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    }
    expect(await db().notificationEvent.count({ where: { deviceId: device.deviceId } })).toBe(0);
  });
});
