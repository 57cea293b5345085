import { describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/ingest/devices/[id]/route";
import { db } from "@/lib/db/client";
import { syncDirectoryUsers } from "./sync-directory-users";
import { directoryUser, ingestRequest, makeGroup, makeToken, params, snapshot, unique } from "./testing/ingest-fixtures";

async function put(token: string, deviceId: string, body: unknown) {
  const response = await PUT(ingestRequest("PUT", `/api/v1/ingest/devices/${encodeURIComponent(deviceId)}`, body, { token }), params({ id: deviceId }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function makeUser(): Promise<string> {
  const user = directoryUser((await makeGroup()).name);
  await syncDirectoryUsers(null, { users: [user] });
  return user.upn;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("PUT /api/v1/ingest/devices/{id}", () => {
  it("creates the device, then applies only snapshots newer than the stored one", async () => {
    const { secret } = await makeToken();
    const upn = await makeUser();
    const deviceId = unique("device");
    const first = minutesAgo(30);

    expect(await put(secret, deviceId, snapshot(upn, first, { lowPowerMode: true }))).toEqual({
      status: 201,
      body: { deviceId, applied: true, status: "created" },
    });
    // Arrives late: observed before the stored snapshot, so it must not overwrite it.
    expect(await put(secret, deviceId, snapshot(upn, minutesAgo(45), { lowPowerMode: false, appVersion: "23.1" }))).toEqual({
      status: 200,
      body: { deviceId, applied: false, status: "stale" },
    });
    // The same snapshot again changes nothing either.
    expect((await put(secret, deviceId, snapshot(upn, first))).body.status).toBe("stale");
    let stored = await db().device.findUniqueOrThrow({ where: { id: deviceId } });
    expect(stored).toMatchObject({ lowPowerMode: true, appVersion: "24.9.0", observedAt: first });

    const newer = minutesAgo(5);
    expect(await put(secret, deviceId, snapshot(upn, newer, { lowPowerMode: false, mailNotificationsEnabled: false }))).toEqual({
      status: 200,
      body: { deviceId, applied: true, status: "updated" },
    });
    stored = await db().device.findUniqueOrThrow({ where: { id: deviceId } });
    expect(stored).toMatchObject({ lowPowerMode: false, mailNotificationsEnabled: false, observedAt: newer });
  });

  it("moves a device to the user named by a newer snapshot", async () => {
    const { secret } = await makeToken();
    const [first, second] = [await makeUser(), await makeUser()];
    const deviceId = unique("device");
    await put(secret, deviceId, snapshot(first, minutesAgo(10)));
    await put(secret, deviceId, snapshot(second, minutesAgo(1)));
    const stored = await db().device.findUniqueOrThrow({ where: { id: deviceId }, include: { user: true } });
    expect(stored.user.upn).toBe(second);
  });

  it("answers 422 naming userUpn when the user is not in the directory, storing nothing", async () => {
    const { secret } = await makeToken();
    const deviceId = unique("device");
    const result = await put(secret, deviceId, snapshot("nobody@corp.example", minutesAgo(1)));
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ error: { code: "validation_failed", fields: [{ field: "userUpn" }] } });
    expect(await db().device.count({ where: { id: deviceId } })).toBe(0);
  });

  it("answers 422 naming the field for an invalid snapshot, device id or implausible time", async () => {
    const { secret } = await makeToken();
    const upn = await makeUser();
    const cases: [string, unknown, string][] = [
      [unique("device"), snapshot(upn, minutesAgo(1), { iosVersion: "eighteen" }), "iosVersion"],
      [unique("device"), snapshot(upn, minutesAgo(1), { lowPowerMode: "yes" }), "lowPowerMode"],
      [unique("device"), { ...snapshot(upn, minutesAgo(1)), observedAt: undefined }, "observedAt"],
      [unique("device"), snapshot(upn, new Date("0000-01-01T00:00:00Z")), "observedAt"],
      [unique("device"), snapshot(upn, new Date(Date.now() + 3 * 3_600_000)), "observedAt"],
      [unique("device"), snapshot(upn, minutesAgo(1), { model: "iPhone\u0000" }), "model"],
      ["has spaces", snapshot(upn, minutesAgo(1)), "id"],
    ];
    for (const [deviceId, body, field] of cases) {
      const result = await put(secret, deviceId, body);
      expect(result.status, field).toBe(422);
      expect(result.body, field).toMatchObject({ error: { fields: [{ field }] } });
    }
  });
});
