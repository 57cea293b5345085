import { describe, expect, it } from "vitest";
import { GET as listAccountsRoute } from "@/app/api/v1/accounts/route";
import { POST as ingestEventsRoute } from "@/app/api/v1/ingest/events/route";
import { DELETE } from "@/app/api/v1/tokens/[id]/route";
import { GET, POST } from "@/app/api/v1/tokens/route";
import { signIn } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ingestRequest, makeDevice, params, richEvent } from "@/lib/ingest/testing/ingest-fixtures";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import type { CreatedToken, TokenView } from "./contract";
import { hashTokenSecret } from "./token-secret";

/** Session cookie headers of a freshly signed-in user with the role. */
async function sessionOf(role: Role): Promise<Headers> {
  const user = await makeCaller(role);
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  return cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip }), { "content-type": "application/json" });
}

const request = (method: string, path: string, headers: Headers, body?: unknown) =>
  new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

async function createViaApi(session: Headers, name: string): Promise<CreatedToken> {
  const response = await POST(request("POST", "/api/v1/tokens", session, { name }));
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedToken;
}

async function sendOneEvent(secret: string, deviceId: string): Promise<number> {
  return (await ingestEventsRoute(ingestRequest("POST", "/api/v1/ingest/events", { events: [richEvent(deviceId)] }, { token: secret }))).status;
}

describe("ingestion tokens API", () => {
  it("an admin creates a token: the secret is returned once, stored only as a hash, and audited without it", async () => {
    const session = await sessionOf("admin");
    const created = await createViaApi(session, "  MDM connector  ");
    expect(created.secret).toMatch(/^rpc_[\w-]{40,}$/);
    expect(created.token).toMatchObject({ name: "MDM connector", prefix: created.secret.slice(0, 10), revokedAt: null, lastUsedAt: null });

    const stored = await db().ingestToken.findUniqueOrThrow({ where: { id: created.token.id } });
    expect(stored.tokenHash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(stored)).not.toContain(created.secret);

    const listed = (await (await GET(request("GET", "/api/v1/tokens", session))).json()) as { tokens: TokenView[] };
    const entry = listed.tokens.find((token) => token.id === created.token.id);
    expect(entry).toEqual(created.token);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(JSON.stringify(listed)).not.toContain(stored.tokenHash);

    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "token.create", targetId: created.token.id } });
    expect(audit.details).toEqual({ name: "MDM connector", prefix: created.token.prefix });
  });

  it("names the field of an invalid name", async () => {
    const response = await POST(request("POST", "/api/v1/tokens", await sessionOf("admin"), { name: "   " }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { fields: [{ field: "name" }] } });
  });

  it("a revoked token stops working at once; revoking twice is harmless and audited once", async () => {
    const session = await sessionOf("admin");
    const { token, secret } = await createViaApi(session, "to revoke");
    const device = await makeDevice();
    expect(await sendOneEvent(secret, device.deviceId)).toBe(200);
    expect((await db().ingestToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    const revoked = await DELETE(request("DELETE", `/api/v1/tokens/${token.id}`, session), params({ id: token.id }));
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as TokenView).revokedAt).not.toBeNull();
    expect(await sendOneEvent(secret, device.deviceId)).toBe(401);

    const again = await DELETE(request("DELETE", `/api/v1/tokens/${token.id}`, session), params({ id: token.id }));
    expect(again.status).toBe(200);
    expect(await db().auditEntry.count({ where: { action: "token.revoke", targetId: token.id } })).toBe(1);
  });

  it("answers 404 for a token that does not exist, whatever the id looks like", async () => {
    const session = await sessionOf("admin");
    for (const id of ["3f0c2b8e-95a4-4c43-9a57-4c9c1e0f2d11", "not-a-uuid"]) {
      const response = await DELETE(request("DELETE", `/api/v1/tokens/${id}`, session), params({ id }));
      expect(response.status).toBe(404);
    }
  });

  it("only admins manage tokens, and a token never opens the console's user API", async () => {
    for (const role of ["helpdesk", "auditor"] as const) {
      const session = await sessionOf(role);
      expect((await GET(request("GET", "/api/v1/tokens", session))).status).toBe(403);
      expect((await POST(request("POST", "/api/v1/tokens", session, { name: "nope" }))).status).toBe(403);
    }
    const { secret } = await createViaApi(await sessionOf("admin"), "ingest only");
    const bearer = new Headers({ authorization: `Bearer ${secret}` });
    expect((await GET(request("GET", "/api/v1/tokens", bearer))).status).toBe(401);
    expect((await POST(request("POST", "/api/v1/tokens", bearer, { name: "escalate" }))).status).toBe(401);
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", bearer))).status).toBe(401);
  });
});
