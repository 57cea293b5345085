import { describe, expect, it } from "vitest";
import { DELETE } from "@/app/api/v1/api-keys/[id]/route";
import { GET, POST } from "@/app/api/v1/api-keys/route";
import { GET as listAccountsRoute } from "@/app/api/v1/accounts/route";
import { POST as createGroupRoute } from "@/app/api/v1/groups/route";
import { signIn } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { params, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import type { ApiKeyView, CreatedApiKey } from "./contract";
import { hashApiKeySecret } from "./api-key-secret";

async function sessionOf(role: Role, email?: string): Promise<Headers> {
  const user = await makeCaller(role, email);
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  return cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip }), { "content-type": "application/json" });
}

const request = (method: string, path: string, headers: Headers | Record<string, string>, body?: unknown) =>
  new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

async function createViaApi(session: Headers, body: unknown): Promise<CreatedApiKey> {
  const response = await POST(request("POST", "/api/v1/api-keys", session, body));
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedApiKey;
}

describe("API keys API", () => {
  it("an admin creates a key: the secret is returned once, stored only as a hash, and audited without it", async () => {
    const session = await sessionOf("admin");
    const before = Date.now();
    const created = await createViaApi(session, { name: "  ITSM  ", scopes: ["directory:read"], expiresInDays: 30 });
    expect(created.secret).toMatch(/^rpck_[\w-]{40,}$/);
    expect(created.apiKey).toMatchObject({ name: "ITSM", scopes: ["directory:read"], prefix: created.secret.slice(0, 11), revokedAt: null, lastUsedAt: null });
    const expiresInMs = new Date(created.apiKey.expiresAt).getTime() - before;
    expect(expiresInMs).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(expiresInMs).toBeLessThan(31 * 86_400_000);

    const stored = await db().apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(stored.keyHash).toBe(hashApiKeySecret(created.secret));
    expect(JSON.stringify(stored)).not.toContain(created.secret);

    const listed = (await (await GET(request("GET", "/api/v1/api-keys", session))).json()) as { apiKeys: ApiKeyView[] };
    expect(listed.apiKeys.find((key) => key.id === created.apiKey.id)).toEqual(created.apiKey);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(JSON.stringify(listed)).not.toContain(stored.keyHash);

    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "api_key.create", targetId: created.apiKey.id } });
    expect(audit.details).toMatchObject({ name: "ITSM", prefix: created.apiKey.prefix, scopes: ["directory:read"] });
    expect(JSON.stringify(audit.details)).not.toContain(created.secret);
  });

  it("names the field of a missing or out-of-bounds expiry, an unknown or ungrantable scope, and no scope", async () => {
    const session = await sessionOf("admin");
    const cases: [unknown, string][] = [
      [{ name: "k", scopes: ["policy:read"] }, "expiresInDays"],
      [{ name: "k", scopes: ["policy:read"], expiresInDays: 0 }, "expiresInDays"],
      [{ name: "k", scopes: ["policy:read"], expiresInDays: 366 }, "expiresInDays"],
      [{ name: "k", scopes: ["policy:read"], expiresInDays: 1.5 }, "expiresInDays"],
      [{ name: "k", scopes: ["policy:read", "everything"], expiresInDays: 7 }, "scopes[1]"],
      [{ name: "k", scopes: ["api_key:manage"], expiresInDays: 7 }, "scopes[0]"],
      [{ name: "k", scopes: [], expiresInDays: 7 }, "scopes"],
    ];
    for (const [body, field] of cases) {
      const response = await POST(request("POST", "/api/v1/api-keys", session, body));
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((await response.json()).error.fields.map((f: { field: string }) => f.field), JSON.stringify(body)).toContain(field);
    }
  });

  it("only admins manage keys", async () => {
    for (const role of ["helpdesk", "auditor"] as const) {
      const session = await sessionOf(role);
      expect((await GET(request("GET", "/api/v1/api-keys", session))).status).toBe(403);
      expect((await POST(request("POST", "/api/v1/api-keys", session, { name: "n", scopes: ["policy:read"], expiresInDays: 7 }))).status).toBe(403);
    }
  });

  it("a request made with a key is attributed to the key, needs no Origin, and updates last used", async () => {
    const { apiKey, secret } = await createViaApi(await sessionOf("admin"), { name: unique("provisioner"), scopes: ["policy:read", "policy:write"], expiresInDays: 7 });
    const name = unique("Key group");
    const response = await createGroupRoute(request("POST", "/api/v1/groups", { authorization: `Bearer ${secret}`, "content-type": "application/json" }, { name }));
    expect(response.status).toBe(201);
    const group = (await response.json()) as { id: string };
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "policy.create", targetId: group.id } });
    expect(audit).toMatchObject({ actorId: `api_key:${apiKey.id}`, actorEmail: `api_key:${apiKey.name}` });
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).not.toBeNull();
  });

  it("a key never outgrows its creator: demoted, the key narrows; disabled, it stops", async () => {
    const email = unique("creator") + "@example.test";
    const { secret } = await createViaApi(await sessionOf("admin", email), { name: "accounts reader", scopes: ["account:manage", "directory:read"], expiresInDays: 7 });
    const headers = { authorization: `Bearer ${secret}` };
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", headers))).status).toBe(200);
    await db().user.update({ where: { email }, data: { role: "helpdesk" } });
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", headers))).status).toBe(403);
    await db().user.update({ where: { email }, data: { role: "admin", disabled: true } });
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", headers))).status).toBe(401);
  });

  it("revoking stops the key at once; revoking twice is harmless and audited once; unknown ids are 404", async () => {
    const session = await sessionOf("admin");
    const { apiKey, secret } = await createViaApi(session, { name: "to revoke", scopes: ["account:manage"], expiresInDays: 7 });
    const headers = { authorization: `Bearer ${secret}` };
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", headers))).status).toBe(200);
    const revoked = await DELETE(request("DELETE", `/api/v1/api-keys/${apiKey.id}`, session), params({ id: apiKey.id }));
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as ApiKeyView).revokedAt).not.toBeNull();
    expect((await listAccountsRoute(request("GET", "/api/v1/accounts", headers))).status).toBe(401);
    expect((await DELETE(request("DELETE", `/api/v1/api-keys/${apiKey.id}`, session), params({ id: apiKey.id }))).status).toBe(200);
    expect(await db().auditEntry.count({ where: { action: "api_key.revoke", targetId: apiKey.id } })).toBe(1);
    for (const id of ["3f0c2b8e-95a4-4c43-9a57-4c9c1e0f2d11", "not-a-uuid"]) {
      expect((await DELETE(request("DELETE", `/api/v1/api-keys/${id}`, session), params({ id }))).status).toBe(404);
    }
  });
});
