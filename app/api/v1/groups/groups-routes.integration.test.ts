import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/permissions";
import { RICH_PUSH_SETTINGS, uniqueGroupName } from "@/lib/policies/testing/group-factory";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { POST as checkPrerequisites } from "../prerequisites/check/route";
import { GET as getGroup } from "./[id]/route";
import { PATCH as patchSettings, PUT as putSettings } from "./[id]/settings/route";
import { POST as importGroups } from "./import/route";
import { POST as createGroup } from "./route";

const BASE = "http://console.test/api/v1";

/** Session cookie headers for a fresh account of `role`, signed in the way the browser is. */
async function sessionFor(role: Role): Promise<Headers> {
  const user = await makeCaller(role);
  // A fresh address per sign-in keeps the per-address rate limit out of these tests.
  const context = { ip: `203.0.113.${randomInt(1, 254)}`, requestId: null };
  return cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context));
}

function request(path: string, method: string, session: Headers, body?: unknown, headers: Record<string, string> = {}) {
  const all = new Headers(session);
  for (const [name, value] of Object.entries(headers)) all.set(name, value);
  if (body !== undefined) all.set("content-type", "application/json");
  return new Request(`${BASE}${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}

function jsonHeaders(session: Headers): Headers {
  const headers = new Headers(session);
  headers.set("content-type", "application/json");
  return headers;
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

async function createdGroup(session: Headers) {
  const response = await createGroup(request("/groups", "POST", session, { name: uniqueGroupName("Route"), settings: RICH_PUSH_SETTINGS }));
  expect(response.status).toBe(201);
  expect(response.headers.get("etag")).toBe('"1"');
  return (await response.json()) as { id: string; version: number };
}

describe("groups API routes", () => {
  it("GET carries the version as ETag; PUT needs If-Match (428), names bad fields (422), refuses a stale version (412)", async () => {
    const admin = await sessionFor("admin");
    const { id } = await createdGroup(admin);

    const got = await getGroup(request(`/groups/${id}`, "GET", admin), params({ id }));
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');

    const withoutIfMatch = await putSettings(request(`/groups/${id}/settings`, "PUT", admin, RICH_PUSH_SETTINGS), params({ id }));
    expect(withoutIfMatch.status).toBe(428);
    expect((await withoutIfMatch.json()).error.code).toBe("precondition_required");

    const invalid = { ...RICH_PUSH_SETTINGS, backgroundNetworkServices: ["mail.test.example:443", "mail.test.example"] };
    const unprocessable = await putSettings(request(`/groups/${id}/settings`, "PUT", admin, invalid, { "if-match": '"1"' }), params({ id }));
    expect(unprocessable.status).toBe(422);
    expect((await unprocessable.json()).error).toMatchObject({ code: "validation_failed", fields: [{ field: "backgroundNetworkServices[1]" }] });

    const change = { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "block", comment: "lock it down" };
    const saved = await putSettings(request(`/groups/${id}/settings`, "PUT", admin, change, { "if-match": '"1"' }), params({ id }));
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"2"');

    const stale = await putSettings(request(`/groups/${id}/settings`, "PUT", admin, RICH_PUSH_SETTINGS, { "if-match": '"1"' }), params({ id }));
    expect(stale.status).toBe(412);
    const conflict = (await stale.json()).error;
    expect(conflict.code).toBe("precondition_failed");
    expect(conflict.details.current).toMatchObject({ version: 2, settings: { lockScreenNotifications: "block" } });

    const patched = await patchSettings(request(`/groups/${id}/settings`, "PATCH", admin, { pushNotifications: false }, { "if-match": '"2"' }), params({ id }));
    expect(patched.status).toBe(200);
    expect(patched.headers.get("etag")).toBe('"3"');
  });

  it("a helpdesk user reads the group but gets 403 forbidden on PUT", async () => {
    const { id } = await createdGroup(await sessionFor("admin"));
    const helpdesk = await sessionFor("helpdesk");
    expect((await getGroup(request(`/groups/${id}`, "GET", helpdesk), params({ id }))).status).toBe(200);
    const denied = await putSettings(request(`/groups/${id}/settings`, "PUT", helpdesk, RICH_PUSH_SETTINGS, { "if-match": '"1"' }), params({ id }));
    expect(denied.status).toBe(403);
    expect((await denied.json()).error.code).toBe("forbidden");
  });

  it("answers 401 without a session and 404 for an unknown or malformed id", async () => {
    const admin = await sessionFor("admin");
    const missing = "0b3f6a52-9d1e-4c3a-8f00-000000000000";
    expect((await getGroup(request(`/groups/${missing}`, "GET", admin), params({ id: missing }))).status).toBe(404);
    expect((await getGroup(request("/groups/nope", "GET", admin), params({ id: "nope" }))).status).toBe(404);
    expect((await getGroup(request(`/groups/${missing}`, "GET", new Headers()), params({ id: missing }))).status).toBe(401);
  });

  it("checks prerequisites without saving, 422 on invalid input, 400 on malformed JSON", async () => {
    const auditor = await sessionFor("auditor");
    const checked = await checkPrerequisites(request("/prerequisites/check", "POST", auditor, { ...RICH_PUSH_SETTINGS, mailNotificationsEnabled: false }));
    expect(checked.status).toBe(200);
    const body = await checked.json();
    expect(body.richPushSupported).toBe(false);
    expect(body.checks.find((c: { id: string }) => c.id === "mail-notifications").status).toBe("fail");

    const invalid = await checkPrerequisites(request("/prerequisites/check", "POST", auditor, { ...RICH_PUSH_SETTINGS, ewsHost: "bad host" }));
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.fields).toEqual([{ field: "ewsHost", message: expect.any(String) }]);

    const malformed = new Request(`${BASE}/prerequisites/check`, { method: "POST", headers: jsonHeaders(auditor), body: "{not json" });
    expect((await checkPrerequisites(malformed)).status).toBe(400);
  });

  it("import validates the query and the whole file before writing", async () => {
    const admin = await sessionFor("admin");
    const badMode = await importGroups(request("/groups/import?dryRun=maybe", "POST", admin, { groups: [] }));
    expect(badMode.status).toBe(422);
    const bad = await importGroups(
      request("/groups/import?dryRun=false", "POST", admin, { groups: [{ name: uniqueGroupName(), settings: { ...RICH_PUSH_SETTINGS, networkAccess: "open" } }] }),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual([{ field: "groups[0].settings.networkAccess", message: expect.any(String) }]);
  });
});
