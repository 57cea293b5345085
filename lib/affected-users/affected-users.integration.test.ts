import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/affected-users/export/route";
import { GET as listRoute } from "@/app/api/v1/affected-users/route";
import { db } from "@/lib/db/client";
import { eventSeries, makeDeliveryGroup, makeDirectoryUser, makeEvents, makeUserDevice, makeUserWithEvents, type TestGroup, type TestUser } from "@/test/support/directory-factories";
import { sessionOf } from "@/test/support/helpdesk-api";
import { AFFECTED_EXPORT_ACTION } from "./export-affected-users";
import { AFFECTED_VIEW_ACTION, listAffectedUsers } from "./list-affected-users";
import type { AffectedUser, AffectedUsersPage } from "./views";

const request = (path: string, headers: Headers) => new Request(`http://localhost${path}`, { headers });
const list = (query: string, headers: Headers) => listRoute(request(`/api/v1/affected-users?${query}`, headers));
const exportCsv = (query: string, headers: Headers) => exportRoute(request(`/api/v1/affected-users/export?${query}`, headers));

async function page(query: string, headers: Headers): Promise<AffectedUsersPage> {
  const response = await list(query, headers);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as AffectedUsersPage;
}

/** Every page of `query`, following nextCursor, with `limit` rows a page. */
async function allPages(query: string, limit: number, headers: Headers): Promise<{ users: AffectedUser[]; pages: number }> {
  const users: AffectedUser[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const next: AffectedUsersPage = await page(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, headers);
    users.push(...next.users);
    cursor = next.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { users, pages };
}

async function fieldsOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(422);
  const body = (await response.json()) as { error: { fields?: { field: string }[] } };
  return (body.error.fields ?? []).map((field) => field.field);
}

const TLS = "exchange_tls_failed";

describe("GET /api/v1/affected-users on PostgreSQL", () => {
  let group: TestGroup;
  let heavy: TestUser; // 5 TLS failures, 2 rich
  let recent: TestUser; // 3 TLS failures, the latest 2 minutes ago
  let lowPower: TestUser; // 1 TLS failure on a device in Low Power Mode
  let richOnly: TestUser;
  let old: TestUser; // a TLS failure two days ago only
  const twins: TestUser[] = []; // same display name, same count: only the id tells them apart
  const tlsUsers: TestUser[] = [];
  let helpdesk: Headers;
  let range: string;

  beforeAll(async () => {
    group = await makeDeliveryGroup();
    heavy = (await makeUserWithEvents(group.id, { events: [...eventSeries(5, 10, 10, TLS), ...eventSeries(2, 5, 1)] })).user;
    recent = (await makeUserWithEvents(group.id, { events: eventSeries(3, 2, 30, TLS) })).user;
    lowPower = (await makeUserWithEvents(group.id, { device: { lowPowerMode: true }, events: eventSeries(1, 100, 1, TLS) })).user;
    richOnly = (await makeUserWithEvents(group.id, { events: eventSeries(4, 3, 3) })).user;
    old = (await makeUserWithEvents(group.id, { events: eventSeries(1, 2 * 24 * 60, 1, TLS) })).user;
    for (let i = 0; i < 3; i++) {
      const twin = await makeDirectoryUser(group.id, { displayName: "Kim Twin" });
      const device = await makeUserDevice(twin.id);
      await makeEvents({ userId: twin.id, groupId: group.id, deviceId: device.id }, eventSeries(2, 20 + i, 60, TLS));
      twins.push(twin);
    }
    // More users with one or two failures each, so that a walk of small pages crosses ties.
    const more: TestUser[] = [];
    for (let i = 0; i < 6; i++) more.push((await makeUserWithEvents(group.id, { events: eventSeries(1 + (i % 2), 30 + i, 7, TLS) })).user);
    tlsUsers.push(heavy, recent, lowPower, ...twins, ...more);
    helpdesk = await sessionOf("helpdesk");
    const now = Date.now();
    range = `from=${new Date(now - 24 * 3_600_000).toISOString()}&to=${new Date(now + 60_000).toISOString()}`;
  });

  it("lists one row per user with the count, the latest time and its outcome and cause, most notifications first", async () => {
    const result = await page(`groupId=${group.id}&cause=${TLS}&${range}&limit=200`, helpdesk);
    expect(result.users.map((user) => user.id).sort()).toEqual(tlsUsers.map((user) => user.id).sort());
    expect(result.users[0]).toMatchObject({ id: heavy.id, displayName: heavy.displayName, upn: heavy.upn, count: 5, lastOutcome: "failure", lastCause: TLS, group: { id: group.id, name: group.name } });
    expect(result.users[1]).toMatchObject({ id: recent.id, count: 3 });
    const counts = result.users.map((user) => user.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(result.nextCursor).toBeNull();
    // The latest matching notification: heavy's newest event is rich, but the list is of TLS failures.
    expect(Date.parse(result.users[0]!.lastAt)).toBeLessThan(Date.now() - 9 * 60_000);
  });

  it("narrows by outcome, device fact and time range", async () => {
    const rich = await page(`groupId=${group.id}&outcome=rich&${range}`, helpdesk);
    expect(rich.users.map((user) => [user.id, user.count, user.lastOutcome, user.lastCause])).toEqual([
      [richOnly.id, 4, "rich", null],
      [heavy.id, 2, "rich", null],
    ]);
    const facts = await page(`groupId=${group.id}&cause=${TLS}&fact=lowPowerMode%3Dtrue&${range}`, helpdesk);
    expect(facts.users.map((user) => user.id)).toEqual([lowPower.id]);
    // Without a range: the 24 hours until now; two days back, the old failure appears too.
    const lastDay = await page(`groupId=${group.id}&cause=${TLS}&limit=200`, helpdesk);
    expect(lastDay.users.map((user) => user.id)).not.toContain(old.id);
    expect(Date.parse(lastDay.range.to) - Date.parse(lastDay.range.from)).toBe(24 * 3_600_000);
    const threeDays = await page(`groupId=${group.id}&cause=${TLS}&from=${new Date(Date.now() - 3 * 86_400_000).toISOString()}&limit=200`, helpdesk);
    expect(threeDays.users.map((user) => user.id)).toContain(old.id);
    expect(threeDays.users).toHaveLength(tlsUsers.length + 1);
  });

  it.each(["count", "last", "name"] as const)("pages by keyset with sort=%s: the pages together are the one long page, without duplicates or gaps", async (sort) => {
    const query = `groupId=${group.id}&cause=${TLS}&${range}&sort=${sort}`;
    const whole = await page(`${query}&limit=200`, helpdesk);
    const walked = await allPages(query, 2, helpdesk);
    expect(walked.pages).toBe(Math.ceil(tlsUsers.length / 2));
    expect(walked.users.map((user) => user.id)).toEqual(whole.users.map((user) => user.id));
    expect(new Set(walked.users.map((user) => user.id)).size).toBe(tlsUsers.length);
    if (sort === "name") {
      const names = whole.users.map((user) => user.displayName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      // The twins share a name: the id orders them, so a page boundary between them loses none.
      const twinOrder = whole.users.filter((user) => user.displayName === "Kim Twin").map((user) => user.id);
      expect(twinOrder).toEqual(twins.map((twin) => twin.id).sort());
    }
    if (sort === "last") {
      const times = whole.users.map((user) => Date.parse(user.lastAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(whole.users[0]!.id).toBe(recent.id);
    }
  });

  it("keeps a page walk on the range of its first page: a burst after the first page does not shift the later ones", async () => {
    const query = `groupId=${group.id}&cause=${TLS}&sort=count`;
    const first = await page(`${query}&limit=3`, helpdesk);
    // A burst for a user of a later page puts them on top of a fresh list: past the cursor, a gap.
    const late = tlsUsers.find((user) => !first.users.some((row) => row.id === user.id))!;
    const device = await db().device.findFirstOrThrow({ where: { userId: late.id } });
    const burst = Array.from({ length: 10 }, (_, index) => ({ cause: TLS, minutesAgo: -0.01 - index / 1000 }) as const);
    await makeEvents({ userId: late.id, groupId: group.id, deviceId: device.id }, burst);
    // The burst is dated just after the first page was asked for, as events arriving meanwhile are.
    const fresh = await page(`${query}&limit=1&to=${new Date(Date.now() + 60_000).toISOString()}`, helpdesk);
    expect(fresh.users[0]!.id).toBe(late.id);
    const afterFirst = await page(`${query}&limit=200&cursor=${encodeURIComponent(first.nextCursor!)}`, helpdesk);
    expect(afterFirst.range.to).toBe(first.range.to);
    const walked = [...first.users, ...afterFirst.users].map((user) => user.id);
    expect(walked.sort()).toEqual(tlsUsers.map((user) => user.id).sort());
  });

  it("exports the filtered list as CSV in the list's order and audits the export with its filters and row count", async () => {
    const admin = await sessionOf("admin");
    const response = await exportCsv(`groupId=${group.id}&cause=${TLS}&${range}&sort=name`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="affected-users-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("x-export-truncated")).toBe("false");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("User id,Display name,UPN,Group,Notifications,Last notification,Last outcome,Last cause");
    expect(lines).toHaveLength(tlsUsers.length + 1);
    const listed = await page(`groupId=${group.id}&cause=${TLS}&${range}&sort=name&limit=200`, helpdesk);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(listed.users.map((user) => user.id));
    const heavyLine = lines.find((line) => line.startsWith(heavy.id))!;
    expect(heavyLine.split(",")).toEqual([heavy.id, heavy.displayName, heavy.upn, group.name, "5", listed.users.find((u) => u.id === heavy.id)!.lastAt, "failure", TLS]);

    const audits = await db().auditEntry.findMany({ where: { action: AFFECTED_EXPORT_ACTION } });
    const mine = audits.filter((row) => (row.details as { groupId?: string }).groupId === group.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.details).toMatchObject({ groupId: group.id, cause: TLS, outcome: null, fact: null, sort: "name", rows: tlsUsers.length, truncated: false });
  });

  it("audits a view once per viewer and filters, not once per page", async () => {
    const auditor = await sessionOf("auditor");
    const query = `groupId=${group.id}&outcome=failure&cause=${TLS}&${range}`;
    await allPages(query, 4, auditor);
    await page(query, auditor);
    const rows = (await db().auditEntry.findMany({ where: { action: AFFECTED_VIEW_ACTION } })).filter(
      (row) => (row.details as { groupId?: string; outcome?: string }).groupId === group.id && (row.details as { outcome?: string }).outcome === "failure",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: "directory" });
  });

  it("answers 422 naming the field for a malformed filter, range, sort, cursor or limit", async () => {
    const countCursor = (await page(`groupId=${group.id}&cause=${TLS}&${range}&limit=1`, helpdesk)).nextCursor!;
    const cases: [string, string][] = [
      ["cursor=not-a-cursor!", "cursor"],
      [`cursor=${Buffer.from('{"s":"count","k":"x"}').toString("base64url")}`, "cursor"],
      [`cursor=${"A".repeat(900)}`, "cursor"],
      [`sort=name&cursor=${encodeURIComponent(countCursor)}`, "cursor"],
      [`to=${new Date(Date.now() - 86_400_000).toISOString()}&cursor=${encodeURIComponent(countCursor)}`, "cursor"],
      ["fact=lowPowerMode%3Dmaybe", "fact"],
      ["fact=shoeSize%3D42", "fact"],
      ["fact=lowPowerMode", "fact"],
      ["outcome=rich&cause=exchange_tls_failed", "cause"],
      ["cause=no_such_cause", "cause"],
      ["outcome=sometimes", "outcome"],
      ["groupId=not-a-uuid", "groupId"],
      ["from=yesterday", "from"],
      ["from=2026-12-02T10:00:00Z&to=2026-12-01T10:00:00Z", "to"],
      ["from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z", "from"],
      [`from=${new Date(Date.now() - 40 * 86_400_000).toISOString()}`, "from"],
      [`from=${new Date(Date.now() + 86_400_000).toISOString()}`, "from"],
      ["sort=size", "sort"],
      ["limit=0", "limit"],
      ["limit=1000", "limit"],
    ];
    for (const [query, field] of cases) expect(await fieldsOf(await list(query, helpdesk)), query).toContain(field);
    expect(await fieldsOf(await exportCsv("fact=shoeSize%3D42", helpdesk))).toContain("fact");
  });

  it("refuses callers without directory:read: 401 without a session, 403 for an ingestion token", async () => {
    expect((await list("", new Headers())).status).toBe(401);
    expect((await exportCsv("", new Headers())).status).toBe(401);
    // Every console role may read the directory; the one caller kind that may not is an ingestion token.
    await expect(listAffectedUsers({ kind: "token", tokenId: "t", name: "feed" }, {})).rejects.toMatchObject({ code: "forbidden", status: 403 });
  });
});
