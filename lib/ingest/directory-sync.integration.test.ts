import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/ingest/users/route";
import { db } from "@/lib/db/client";
import { directoryUser, ingestRequest, makeGroup, makeToken, unique } from "./testing/ingest-fixtures";

async function sync(token: string, body: unknown) {
  const response = await POST(ingestRequest("POST", "/api/v1/ingest/users", body, { token }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/v1/ingest/users", () => {
  it("creates users, updates changed ones and leaves unchanged ones alone", async () => {
    const { secret } = await makeToken();
    const group = await makeGroup();
    const [ada, bob] = [directoryUser(group.name), directoryUser(group.name)];

    expect(await sync(secret, { users: [ada, bob] })).toEqual({
      status: 200,
      body: { upserted: 2, created: 2, updated: 0, unchanged: 0, groupChanges: 0, rejected: [] },
    });
    const adaBefore = await db().directoryUser.findUniqueOrThrow({ where: { upn: ada.upn } });

    const renamed = { ...bob, displayName: "Robert Renamed" };
    expect((await sync(secret, { users: [ada, renamed] })).body).toMatchObject({ upserted: 2, created: 0, updated: 1, unchanged: 1 });
    expect(await db().directoryUser.findUniqueOrThrow({ where: { upn: bob.upn } })).toMatchObject({ displayName: "Robert Renamed", groupId: group.id });
    expect((await db().directoryUser.findUniqueOrThrow({ where: { upn: ada.upn } })).updatedAt).toEqual(adaBefore.updatedAt);
  });

  it("matches UPNs case-insensitively", async () => {
    const { secret } = await makeToken();
    const group = await makeGroup();
    const user = directoryUser(group.name);
    await sync(secret, { users: [user] });
    const result = await sync(secret, { users: [{ ...user, upn: user.upn.toUpperCase(), displayName: "Shouting" }] });
    expect(result.body).toMatchObject({ created: 0, updated: 1 });
    expect(await db().directoryUser.count({ where: { upn: { equals: user.upn, mode: "insensitive" } } })).toBe(1);
  });

  it("audits a group change with the groups before and after, in the same transaction as the change", async () => {
    const { secret, tokenId } = await makeToken();
    const [from, to] = [await makeGroup(), await makeGroup()];
    const user = directoryUser(from.name);
    await sync(secret, { users: [user] });

    expect((await sync(secret, { users: [{ ...user, group: to.name }] })).body).toMatchObject({ updated: 1, groupChanges: 1 });
    const stored = await db().directoryUser.findUniqueOrThrow({ where: { upn: user.upn } });
    expect(stored.groupId).toBe(to.id);
    const audit = await db().auditEntry.findMany({ where: { action: "directory.group_change", targetId: stored.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: `token:${tokenId}`,
      targetType: "directory_user",
      details: { upn: user.upn, before: { groupId: from.id, group: from.name }, after: { groupId: to.id, group: to.name } },
    });
  });

  it("rejects users whose group does not exist, with index and field, and stores the others", async () => {
    const { secret } = await makeToken();
    const group = await makeGroup();
    const missing = unique("No Such Group");
    const users = [directoryUser(group.name), directoryUser(missing), directoryUser(group.name)];

    const result = await sync(secret, { users });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ upserted: 2, created: 2 });
    expect(result.body.rejected).toEqual([
      { index: 1, upn: users[1]!.upn, field: "group", reason: `group: no delivery group is named "${missing}"; create it on the Policies page first` },
    ]);
    expect(await db().directoryUser.count({ where: { upn: { in: users.map((user) => user.upn) } } })).toBe(2);
    expect(await db().deliveryGroup.count({ where: { name: missing } })).toBe(0);
  });

  it("rejects a malformed user or a repeated UPN alone, with index and field, and stores the others", async () => {
    const { secret } = await makeToken();
    const group = await makeGroup();
    const good = directoryUser(group.name);
    const users: unknown[] = [
      good,
      { ...directoryUser(group.name), email: "not an email" },
      { ...good, displayName: "Twin" },
      { ...directoryUser(group.name), displayName: "Nul\u0000" },
      { ...directoryUser(group.name), displayName: "Half \uD800 pair" },
      { ...directoryUser(group.name), group: `${group.name}\u202E` },
      "[".repeat(50) + "]".repeat(50),
      directoryUser(group.name),
    ];
    const result = await sync(secret, { users });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ upserted: 2, created: 2 });
    const rejected = result.body.rejected as { index: number; field?: string }[];
    expect(rejected.map(({ index, field }) => [index, field])).toEqual([
      [1, "email"],
      [2, "upn"],
      [3, "displayName"],
      [4, "displayName"],
      [5, "group"],
      [6, undefined],
    ]);
    expect(await db().directoryUser.count({ where: { upn: { in: [good.upn, (users[7] as { upn: string }).upn] } } })).toBe(2);
    expect(await db().directoryUser.findUniqueOrThrow({ where: { upn: good.upn } })).toMatchObject({ displayName: "Test User" });
  });

  it("stores 999 users of a batch of 1,000 whose one user holds a NUL character", async () => {
    const { secret } = await makeToken();
    const group = await makeGroup();
    const users = Array.from({ length: 1000 }, () => directoryUser(group.name));
    users[500] = { ...users[500]!, displayName: "Bad\u0000Name" };
    const result = await sync(secret, { users });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ upserted: 999, created: 999, rejected: [{ index: 500, upn: users[500]!.upn, field: "displayName" }] });
    expect(await db().directoryUser.count({ where: { groupId: group.id } })).toBe(999);
  });

  it("answers 422 only for a body without a list of 1 to 1,000 users, storing nothing", async () => {
    const { secret } = await makeToken();
    for (const body of [{ users: [] }, {}, { users: "x" }]) {
      const result = await sync(secret, body);
      expect(result.status, JSON.stringify(body)).toBe(422);
      expect(result.body).toMatchObject({ error: { fields: [{ field: "users" }] } });
    }
  });
});
