import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/ingest/events/route";
import { db } from "@/lib/db/client";
import { ingestRequest, makeDevice, makeToken, richEvent } from "./testing/ingest-fixtures";

// Small limits for this file only; env() is read lazily, per test file, at the first request.
const RATE_LIMIT = 3;
const MAX_BODY_BYTES = 4_096;
const saved = { rate: process.env.INGEST_RATE_LIMIT_PER_MINUTE, body: process.env.INGEST_MAX_BODY_BYTES };
beforeAll(() => {
  process.env.INGEST_RATE_LIMIT_PER_MINUTE = String(RATE_LIMIT);
  process.env.INGEST_MAX_BODY_BYTES = String(MAX_BODY_BYTES);
});
afterAll(() => {
  for (const [name, value] of [["INGEST_RATE_LIMIT_PER_MINUTE", saved.rate], ["INGEST_MAX_BODY_BYTES", saved.body]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const PATH = "/api/v1/ingest/events";

/** A body of exactly `bytes` bytes holding one event, padded with spaces (valid JSON whitespace). */
function bodyOfSize(deviceId: string, bytes: number): string {
  const json = JSON.stringify({ events: [richEvent(deviceId)] });
  return json + " ".repeat(bytes - json.length);
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += 1_000) controller.enqueue(bytes.slice(offset, offset + 1_000));
      controller.close();
    },
  });
}

/** Rate windows are calendar minutes: start a burst well inside one so it cannot straddle two. */
async function awayFromMinuteEdge(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
}

describe("ingestion limits", () => {
  it("answers 413 when Content-Length or the bytes actually sent exceed INGEST_MAX_BODY_BYTES, storing nothing", async () => {
    const { secret } = await makeToken();
    const device = await makeDevice();

    const declared = ingestRequest("POST", PATH, null, { token: secret, rawBody: bodyOfSize(device.deviceId, 300), headers: { "content-length": String(MAX_BODY_BYTES + 1) } });
    const chunked = ingestRequest("POST", PATH, null, { token: secret, rawBody: streamOf(bodyOfSize(device.deviceId, MAX_BODY_BYTES + 1)) });
    expect(chunked.headers.get("content-length")).toBeNull();
    for (const request of [declared, chunked]) {
      const response = await POST(request);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
    }
    expect(await db().notificationEvent.count({ where: { deviceId: device.deviceId } })).toBe(0);

    const atLimit = await POST(ingestRequest("POST", PATH, null, { token: secret, rawBody: streamOf(bodyOfSize(device.deviceId, MAX_BODY_BYTES)) }));
    expect(atLimit.status).toBe(200);
  });

  it("answers 429 with Retry-After once a token has used its requests for the minute; other tokens go on", async () => {
    const [busy, other] = [await makeToken(), await makeToken()];
    const device = await makeDevice();
    await awayFromMinuteEdge();

    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let attempt = 0; attempt < RATE_LIMIT + 2; attempt++) {
      const response = await POST(ingestRequest("POST", PATH, { events: [richEvent(device.deviceId)] }, { token: busy.secret }));
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await limited!.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(await db().notificationEvent.count({ where: { deviceId: device.deviceId } })).toBe(RATE_LIMIT);

    const fromOther = await POST(ingestRequest("POST", PATH, { events: [richEvent(device.deviceId)] }, { token: other.secret }));
    expect(fromOther.status).toBe(200);
  });
});
