import { describe, expect, it } from "vitest";
import { POST as postDevices } from "@/app/api/v1/ingest/devices/route";
import { POST as postEvents } from "@/app/api/v1/ingest/events/route";
import { POST as postUsers } from "@/app/api/v1/ingest/users/route";
import { db } from "@/lib/db/client";
import { SUPPORTED_GROUP_SETTINGS } from "@/lib/simulator/delivery-context";
import { generateEvents } from "@/lib/simulator/events";
import { generateFleet } from "@/lib/simulator/fleet";
import { sendFleet } from "@/lib/simulator/send";
import { makeGroup, makeToken } from "./testing/ingest-fixtures";

/** The simulator's HTTP client, answered by the real route handlers in this process. */
const routeFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const { pathname } = new URL(request.url);
  if (request.method === "POST" && pathname === "/api/v1/ingest/users") return postUsers(request);
  if (request.method === "POST" && pathname === "/api/v1/ingest/events") return postEvents(request);
  if (request.method === "POST" && pathname === "/api/v1/ingest/devices") return postDevices(request);
  return Response.json({ error: { code: "not_found", message: `no route for ${request.method} ${pathname}` } }, { status: 404 });
};

describe("the simulator's output through the ingestion API", () => {
  it("is accepted in full, and sending it again stores nothing twice", async () => {
    const { secret } = await makeToken();
    const groups = [await makeGroup(), await makeGroup(), await makeGroup()];
    const now = new Date();
    const fleet = generateFleet({ users: 25, seed: 11, groups: groups.map((group) => group.name) });
    const bursts = [{ group: groups[0]!.name, cause: "exchange_tls_failed" as const, startsAt: new Date(now.getTime() - 3 * 3_600_000), durationMinutes: 60 }];
    // Rich push in the first group (tunnelled), none in the second (sync events), rich push without a tunnel in the third.
    const groupSettings = {
      [groups[0]!.name]: SUPPORTED_GROUP_SETTINGS,
      [groups[1]!.name]: { ...SUPPORTED_GROUP_SETTINGS, authentication: "modern_auth_o365" as const },
      [groups[2]!.name]: { ...SUPPORTED_GROUP_SETTINGS, networkAccess: "unrestricted" as const },
    };
    const events = () => generateEvents({ fleet, days: 1, seed: 11, now, bursts, groupSettings });
    const send = () =>
      sendFleet({
        baseUrl: "http://console.test",
        token: secret,
        fleet,
        events: events(),
        batchSize: 250,
        observedAt: now,
        fetch: routeFetch,
        retry: { attempts: 0 },
      });

    const first = await send();
    expect(first.rejections).toEqual([]);
    expect(first.eventsSent).toBeGreaterThan(100);
    expect(first).toMatchObject({ users: 25, devices: fleet.devices.length, accepted: first.eventsSent, duplicates: 0, rejected: 0 });

    const deviceIds = fleet.devices.map((device) => device.id);
    expect(await db().device.count({ where: { id: { in: deviceIds } } })).toBe(fleet.devices.length);
    expect(await db().notificationEvent.count({ where: { deviceId: { in: deviceIds } } })).toBe(first.eventsSent);
    const burstFailures = await db().notificationEvent.count({ where: { groupId: groups[0]!.id, cause: "exchange_tls_failed" } });
    expect(burstFailures).toBeGreaterThan(0);
    // Sync events are stored with their delay and activity, and never with a cause or a path.
    const syncRows = await db().notificationEvent.findMany({ where: { groupId: groups[1]!.id }, select: { outcome: true, cause: true, failedStep: true, steps: true, delayMs: true, activity: true } });
    expect(syncRows.length).toBeGreaterThan(0);
    expect(syncRows.filter((row) => row.outcome !== "sync" || row.cause !== null || row.failedStep !== null || row.steps !== null)).toEqual([]);
    expect(syncRows.every((row) => row.delayMs !== null && row.delayMs > 0 && row.activity !== null)).toBe(true);

    const again = await send();
    expect(again).toMatchObject({ accepted: 0, duplicates: first.eventsSent, rejected: 0 });
    expect(await db().notificationEvent.count({ where: { deviceId: { in: deviceIds } } })).toBe(first.eventsSent);
  });
});
