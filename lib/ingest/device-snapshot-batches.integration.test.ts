import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/ingest/devices/route";
import { db } from "@/lib/db/client";
import { syncDirectoryUsers } from "./sync-directory-users";
import { directoryUser, ingestRequest, makeGroup, makeToken, snapshot, unique } from "./testing/ingest-fixtures";

async function post(body: unknown) {
  return POST(ingestRequest("POST", "/api/v1/ingest/devices", body));
}

async function send(token: string, devices: unknown[]) {
  const response = await POST(ingestRequest("POST", "/api/v1/ingest/devices", { devices }, { token }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function makeUpn(): Promise<string> {
  const user = directoryUser((await makeGroup()).name);
  await syncDirectoryUsers(null, { users: [user] });
  return user.upn;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("POST /api/v1/ingest/devices", () => {
  it("applies each snapshot on its own: created, updated, stale, and rejected ones named by index and field", async () => {
    const { secret } = await makeToken();
    const upn = await makeUpn();
    const [known, fresh, bad] = [unique("device"), unique("device"), unique("device")];
    expect((await send(secret, [{ id: known, ...snapshot(upn, minutesAgo(30)) }])).body).toMatchObject({ created: 1, updated: 0, stale: 0 });

    const result = await send(secret, [
      { id: known, ...snapshot(upn, minutesAgo(10), { lowPowerMode: true }) },
      { id: fresh, ...snapshot(upn, minutesAgo(10)) },
      { id: bad, ...snapshot(upn, minutesAgo(10)), mailNotificationsEnabled: "yes" },
      { id: unique("device"), ...snapshot("nobody@corp.example", minutesAgo(10)) },
      { id: fresh, ...snapshot(upn, minutesAgo(5)) },
      { id: unique("device"), ...snapshot(upn, new Date(Date.now() + 5 * 3_600_000)) },
    ]);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ created: 1, updated: 1, stale: 0 });
    expect((result.body.rejected as { index: number; field: string }[]).map(({ index, field }) => [index, field])).toEqual([
      [2, "mailNotificationsEnabled"],
      [3, "userUpn"],
      [4, "id"],
      [5, "observedAt"],
    ]);
    expect(await db().device.findUniqueOrThrow({ where: { id: known } })).toMatchObject({ lowPowerMode: true });
    expect(await db().device.count({ where: { id: bad } })).toBe(0);

    // An older snapshot never replaces a newer one, in a batch as in PUT.
    const late = await send(secret, [{ id: known, ...snapshot(upn, minutesAgo(20), { lowPowerMode: false }) }]);
    expect(late.body).toMatchObject({ created: 0, updated: 0, stale: 1, rejected: [] });
    expect(await db().device.findUniqueOrThrow({ where: { id: known } })).toMatchObject({ lowPowerMode: true });
  });

  it("takes up to 1,000 snapshots in one request and refuses more, or none, naming devices", async () => {
    const { secret } = await makeToken();
    const upn = await makeUpn();
    const many = Array.from({ length: 1000 }, () => ({ id: unique("device"), ...snapshot(upn, minutesAgo(1)) }));
    expect((await send(secret, many)).body).toMatchObject({ created: 1000, rejected: [] });
    const tooMany = await send(secret, [...many, many[0]]);
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(tooMany.body)).toContain("devices");
    expect((await send(secret, [])).status).toBe(422);
  });

  it("needs an ingestion token", async () => {
    expect((await post({ devices: [] })).status).toBe(401);
  });
});
