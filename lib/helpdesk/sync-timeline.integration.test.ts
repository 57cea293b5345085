import { beforeAll, describe, expect, it } from "vitest";
import { POST as ingestEvents } from "@/app/api/v1/ingest/events/route";
import { ingestRequest, makeDevice, makeToken, richEvent } from "@/lib/ingest/testing/ingest-fixtures";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import type { EventsPage, EventView, UserDiagnosis } from "./views";

/**
 * Both delivery modes end to end at the API: events go in through the real ingestion route and
 * come back through GET /api/v1/users/{id}/events and the diagnosis, as the helpdesk page reads them.
 */
describe("sync and rich-path events from ingestion to the timeline", () => {
  let userId: string;
  let headers: Headers;
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  let sync: IngestEvent;
  let exchangeChannel: IngestEvent;
  let unreportedChannel: IngestEvent;

  beforeAll(async () => {
    const [{ secret }, device] = await Promise.all([makeToken(), makeDevice()]);
    userId = device.userId;
    headers = await sessionOf("helpdesk");
    sync = richEvent(device.deviceId, { occurredAt: minutesAgo(5), outcome: "sync", delayMs: 14 * 60_000, activity: "meeting_request", badgeCount: 7 });
    exchangeChannel = richEvent(device.deviceId, {
      occurredAt: minutesAgo(10),
      outcome: "generic",
      cause: "channel_failed",
      failedStep: "exchange_connect",
      badgeCount: 3,
      steps: [
        { step: "push_received", durationMs: 8, ok: true },
        { step: "container_read", durationMs: 12, ok: true },
        { step: "gateway_connect", durationMs: 140, ok: true },
        { step: "exchange_connect", durationMs: 2_000, ok: false },
      ],
    });
    unreportedChannel = richEvent(device.deviceId, { occurredAt: minutesAgo(15), outcome: "generic", cause: "channel_failed" });
    const rich = richEvent(device.deviceId, { occurredAt: minutesAgo(20), activity: "new_mail" });

    const response = await ingestEvents(ingestRequest("POST", "/api/v1/ingest/events", { events: [sync, exchangeChannel, unreportedChannel, rich] }, { token: secret }));
    expect(await response.json()).toEqual({ accepted: 4, duplicates: 0, rejected: [] });
  });

  async function events(query: string): Promise<EventView[]> {
    const response = await helpdeskApi.events(userId, query, headers);
    expect(response.status).toBe(200);
    return ((await response.json()) as EventsPage).events;
  }

  const byId = (list: EventView[], id: string) => list.find((event) => event.id === id)!;

  it("returns a sync event with its delay, activity and badge, no path and no message", async () => {
    expect(byId(await events(""), sync.id)).toMatchObject({
      outcome: "sync",
      cause: null,
      failedStep: null,
      message: null,
      delayMs: 14 * 60_000,
      activity: "meeting_request",
      badgeCount: 7,
      path: [],
    });
  });

  it("marks the Exchange connection failed for channel_failed at exchange_connect, the gateway passed", async () => {
    const event = byId(await events(""), exchangeChannel.id);
    const status = Object.fromEntries(event.path.map((step) => [step.step, step.status]));
    expect(status).toMatchObject({ gateway_connect: "ok", exchange_connect: "failed", ews_fetch: "not_reached", shown: "fallback" });
    expect(event).toMatchObject({ message: "You have new mail", delayMs: null, failedStep: "exchange_connect" });
  });

  it("marks neither connection failed for channel_failed without a reported step", async () => {
    const event = byId(await events(""), unreportedChannel.id);
    expect(event.path.filter((step) => step.status === "failed")).toEqual([]);
    expect(event.path.find((step) => step.step === "gateway_connect")?.status).toBe("not_reported");
  });

  it("filters by outcome=sync", async () => {
    expect((await events("outcome=sync")).map((event) => event.id)).toEqual([sync.id]);
    expect((await events("outcome=generic")).map((event) => event.id)).toEqual([exchangeChannel.id, unreportedChannel.id]);
  });

  it("refuses outcome=sync with a cause, with 422 naming cause", async () => {
    const response = await helpdeskApi.events(userId, "outcome=sync&cause=channel_failed", headers);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; fields: { field: string; message: string }[] } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields).toEqual([expect.objectContaining({ field: "cause", message: "does not belong to outcome sync" })]);
  });

  it("gives the diagnosis the sync delay and reads the last badge as the sync period's unread count", async () => {
    const response = await helpdeskApi.diagnosis(userId, headers);
    expect(response.status).toBe(200);
    const diagnosis = (await response.json()) as UserDiagnosis;
    expect(diagnosis.summary.last24h).toMatchObject({ sync: 1, generic: 2, rich: 1 });
    expect(diagnosis.summary.lastBadgeCount).toBe(7);
    expect(diagnosis.delivery).toEqual({
      syncDelay: { last24h: { syncs: 1, withDelay: 1, medianDelayMs: 14 * 60_000 }, last7d: { syncs: 1, withDelay: 1, medianDelayMs: 14 * 60_000 } },
      lastBadgeMode: "sync",
    });
  });
});
