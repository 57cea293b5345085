import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { GRANTABLE_SCOPES } from "@/lib/api-keys/contract";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import type { UserCaller } from "@/lib/auth/caller";
import type { Permission } from "@/lib/auth/permissions";
import type { Endpoint } from "@/lib/contract/endpoint";
import { db } from "@/lib/db/client";
import { makeToken, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { openApiDocument } from "@/lib/openapi/document";
import { consoleOrigin, makeCaller } from "@/test/support/factories";
import { routeExports } from "@/test/support/route-modules";

/**
 * The API key scope matrix over every operation of the generated document: a key opens exactly
 * the user-API operations whose permission is in its scopes (any answer but 401/403 there), is
 * 403 on every other user-API operation, 401 on ingestion, and 401 everywhere once expired or
 * revoked. The requests are minimal (random ids, `{}` bodies): what is checked is the door, not
 * the handler behind it, so most allowed answers are 404 or 422.
 */

type Handler = ((req: Request, segment?: { params: Promise<Record<string, string>> }) => Promise<Response>) & { endpoint?: Endpoint };
type Operation = { endpoint: Endpoint; handler: Handler };

const operations: Operation[] = [];
let admin: UserCaller;

beforeAll(async () => {
  admin = await makeCaller("admin");
  const byId = new Map<string, Handler>();
  for (const { handler } of await routeExports()) {
    const endpoint = (handler as Handler).endpoint;
    if (endpoint) byId.set(endpoint.operationId, handler as Handler);
  }
  const document = openApiDocument() as unknown as { paths: Record<string, Record<string, { operationId: string }>> };
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      const handler = byId.get(operation.operationId);
      if (handler) operations.push({ endpoint: handler.endpoint!, handler });
    }
  }
});

async function keyWith(scopes: Permission[], creator: UserCaller = admin): Promise<{ id: string; secret: string }> {
  const created = await createApiKey(creator, { name: unique("matrix key"), scopes, expiresInDays: 30 });
  return { id: created.apiKey.id, secret: created.secret };
}

/** A minimal request: every path parameter a random id, a `{}` JSON body where there is one. */
function send({ endpoint, handler }: Operation, headers: Record<string, string>): Promise<Response> {
  const params: Record<string, string> = {};
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] = randomUUID()));
  const body = endpoint.body ? "{}" : undefined;
  const request = new Request(`http://localhost${path}`, {
    method: endpoint.method,
    headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
    body,
  });
  return handler(request, { params: Promise.resolve(params) });
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

const SCOPE_SETS: Permission[][] = [
  ["directory:read"],
  ["policy:read"],
  ["policy:read", "policy:write", "probe:run"],
  ["audit:read", "account:manage", "token:manage"],
  [...GRANTABLE_SCOPES],
];

describe("API key scope matrix", () => {
  it("covers every user-API operation of the document, and the ingestion ones", () => {
    const kinds = operations.map((operation) => operation.endpoint.access.kind);
    expect(kinds.filter((kind) => kind === "user").length).toBeGreaterThan(20);
    expect(kinds.filter((kind) => kind === "token").length).toBeGreaterThan(0);
  });

  for (const scopes of SCOPE_SETS) {
    it(`a key scoped to ${scopes.join(", ")} opens exactly those operations`, async () => {
      const { secret } = await keyWith(scopes);
      const wrong: string[] = [];
      let allowed = 0;
      for (const operation of operations) {
        const { access, method, path } = operation.endpoint;
        if (access.kind === "public" || access.kind === "session") continue;
        const response = await send(operation, bearer(secret));
        const label = `${method} ${path} (${access.kind === "user" ? access.permission : "ingestion"}) → ${response.status}`;
        if (access.kind === "token") {
          if (response.status !== 401) wrong.push(`${label}, expected 401`);
        } else if (scopes.includes(access.permission)) {
          allowed += 1;
          if (response.status === 401 || response.status === 403) wrong.push(`${label}, expected past the door: ${await response.text()}`);
        } else if (response.status !== 403) {
          wrong.push(`${label}, expected 403`);
        } else {
          expect((await response.json()).error.code).toBe("forbidden");
        }
      }
      expect(wrong).toEqual([]);
      expect(allowed).toBeGreaterThan(0);
    });
  }

  it("an expired key and a revoked key are 401 on every operation", async () => {
    const expired = await keyWith([...GRANTABLE_SCOPES]);
    await db().apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await keyWith([...GRANTABLE_SCOPES]);
    await revokeApiKey(admin, revoked.id);

    for (const [name, key] of [["expired", expired], ["revoked", revoked]] as const) {
      const wrong: string[] = [];
      for (const operation of operations) {
        if (operation.endpoint.access.kind !== "user" && operation.endpoint.access.kind !== "token") continue;
        const response = await send(operation, bearer(key.secret));
        if (response.status !== 401) wrong.push(`${operation.endpoint.method} ${operation.endpoint.path} → ${response.status}`);
      }
      expect(wrong, name).toEqual([]);
    }
  });

  it("an ingestion token, an unknown key and a key sent with a cookie are 401 on the user API", async () => {
    const { secret } = await keyWith([...GRANTABLE_SCOPES]);
    const token = (await makeToken()).secret;
    const unknown = `rpck_${randomUUID()}`;
    const userOperations = operations.filter((operation) => operation.endpoint.access.kind === "user");
    for (const headers of [bearer(token), bearer(unknown), { ...bearer(secret), cookie: "rpc.session_token=anything", origin: consoleOrigin() }]) {
      const statuses = new Set<number>();
      for (const operation of userOperations) statuses.add((await send(operation, headers)).status);
      expect([...statuses]).toEqual([401]);
    }
  });
});
