import { describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/accounts/[id]/password/route";
import { GET as listGroupsRoute } from "@/app/api/v1/groups/route";
import { POST as changePasswordRoute } from "@/app/api/session/password/route";
import { signIn } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { params } from "@/lib/ingest/testing/ingest-fixtures";
import { consoleOrigin, cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";

const NEW_PASSWORD = "an admin picked this one";
const OWN_PASSWORD = "the user's own new password";

const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

async function sessionFor(email: string, password: string): Promise<Headers> {
  return cookieHeaders(await signIn({ email, password }, new Headers(), { ip: ip() }), { "content-type": "application/json" });
}

async function sessionOf(role: Role) {
  const user = await makeCaller(role);
  return { user, session: await sessionFor(user.email, TEST_PASSWORD) };
}

const request = (method: string, path: string, headers: Headers, body?: unknown) =>
  new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

const setPassword = (session: Headers, id: string, body: unknown) => PUT(request("PUT", `/api/v1/accounts/${id}/password`, session, body), params({ id }));
const changeOwn = (session: Headers, body: unknown) => changePasswordRoute(request("POST", "/api/session/password", session, body));

describe("an admin sets a new password", () => {
  it("ends the sessions; the user must change it before anything else, and then works again; both audited", async () => {
    const { session: admin } = await sessionOf("admin");
    const { user, session: old } = await sessionOf("helpdesk");

    const set = await setPassword(admin, user.userId, { password: NEW_PASSWORD });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ id: user.userId, email: user.email, mustChangePassword: true, endedSessions: 1 });
    expect((await listGroupsRoute(request("GET", "/api/v1/groups", old))).status).toBe(401);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "account.password_set", targetId: user.userId } });
    expect(JSON.stringify(audit.details)).not.toContain(NEW_PASSWORD);

    await expect(signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip: ip() })).rejects.toMatchObject({ status: 401 });
    const fresh = await sessionFor(user.email, NEW_PASSWORD);
    const blocked = await listGroupsRoute(request("GET", "/api/v1/groups", fresh));
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe("password_change_required");

    const wrong = await changeOwn(fresh, { currentPassword: "not the password", newPassword: OWN_PASSWORD });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toEqual([{ field: "currentPassword", message: "is not the current password" }]);
    const same = await changeOwn(fresh, { currentPassword: NEW_PASSWORD, newPassword: NEW_PASSWORD });
    expect(same.status).toBe(422);
    expect((await same.json()).error.fields[0].field).toBe("newPassword");

    const changed = await changeOwn(fresh, { currentPassword: NEW_PASSWORD, newPassword: OWN_PASSWORD });
    expect(changed.status).toBe(200);
    expect((await listGroupsRoute(request("GET", "/api/v1/groups", fresh))).status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.userId } })).mustChangePassword).toBe(false);
    const changeAudit = await db().auditEntry.findFirstOrThrow({ where: { action: "auth.password_change", targetId: user.userId } });
    expect(changeAudit.details).toMatchObject({ wasRequired: true });
    await sessionFor(user.email, OWN_PASSWORD);
  });

  it("names the field of a short password, refuses the admin's own account, an SSO-only account and non-admins", async () => {
    const { user: self, session: admin } = await sessionOf("admin");
    const { user: other } = await sessionOf("auditor");

    const short = await setPassword(admin, other.userId, { password: "short" });
    expect(short.status).toBe(422);
    expect((await short.json()).error.fields[0].field).toBe("password");
    expect((await setPassword(admin, self.userId, { password: NEW_PASSWORD })).status).toBe(409);

    await db().account.deleteMany({ where: { userId: other.userId, providerId: "credential" } });
    expect((await setPassword(admin, other.userId, { password: NEW_PASSWORD })).status).toBe(409);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.userId } })).mustChangePassword).toBe(false);

    expect((await setPassword(admin, "3f0c2b8e-95a4-4c43-9a57-4c9c1e0f2d11", { password: NEW_PASSWORD })).status).toBe(404);
    const { session: helpdesk } = await sessionOf("helpdesk");
    expect((await setPassword(helpdesk, other.userId, { password: NEW_PASSWORD })).status).toBe(403);
  });

  it("changing one's password needs a session and the console's own origin", async () => {
    const { session } = await sessionOf("auditor");
    expect((await changeOwn(new Headers({ "content-type": "application/json", origin: consoleOrigin() }), { currentPassword: TEST_PASSWORD, newPassword: OWN_PASSWORD })).status).toBe(401);
    const foreign = new Headers(session);
    foreign.set("origin", "https://evil.example");
    expect((await changeOwn(foreign, { currentPassword: TEST_PASSWORD, newPassword: OWN_PASSWORD })).status).toBe(403);
  });
});
