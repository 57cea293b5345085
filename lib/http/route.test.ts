import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { logger } from "@/lib/log/logger";
import { defineRoute, reply } from "./route";

// The wrapper reads APP_URL through env(), which wants a database URL; nothing here connects.
const saved = process.env.DATABASE_URL;
beforeAll(() => {
  process.env.DATABASE_URL ??= "postgresql://unit@localhost/none";
  logger.level = "silent";
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
});

const ORIGIN = "http://localhost:3000";
const item = z.strictObject({ id: z.string(), size: z.int() });

const echo = defineEndpoint({
  operationId: "echo",
  method: "POST",
  path: "/test/{id}",
  summary: "Echo",
  tags: ["test"],
  access: { kind: "public" },
  params: z.object({ id: resourceIdSchema("thing") }),
  query: z.object({ size: z.coerce.number().int().min(1).optional() }),
  body: { schema: z.object({ note: z.string().max(10) }), required: true, maxBytes: 100 },
  responses: { 200: { description: "ok", schema: item }, 201: { description: "created", schema: item } },
});

const ID = "00000000-0000-4000-8000-000000000001";
const call = (route: ReturnType<typeof defineRoute>, init: RequestInit & { url?: string; id?: string } = {}) =>
  route(new Request(init.url ?? `http://localhost/test/${init.id ?? ID}`, { method: "POST", ...init }), { params: Promise.resolve({ id: init.id ?? ID }) });
const json = (body: unknown, headers: Record<string, string> = {}) => ({ body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });

describe("defineRoute", () => {
  const route = defineRoute(echo, async ({ params, query, body }) => {
    const size = Number(query.size ?? body.note.length);
    return size > 5 ? reply(201, { id: params.id, size }) : { id: params.id, size };
  });

  it("hands the handler the checked params, query and body, and answers with the contract's status", async () => {
    const ok = await call(route, json({ note: "hi" }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: ID, size: 2 });
    expect(ok.headers.get("x-request-id")).toBeTruthy();
    expect((await call(route, { ...json({ note: "hi" }), url: `http://localhost/test/${ID}?size=9` })).status).toBe(201);
  });

  it("answers a malformed resource id with 404 before reading anything", async () => {
    const response = await call(route, { id: "not-a-uuid", ...json({ note: "hi" }) });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toEqual({ code: "not_found", message: "No such thing." });
  });

  it("names a bad query or body field with 422", async () => {
    const badQuery = await call(route, { ...json({ note: "hi" }), url: `http://localhost/test/${ID}?size=0` });
    expect(badQuery.status).toBe(422);
    expect((await badQuery.json()).error.fields[0].field).toBe("size");
    const badBody = await call(route, json({ note: "far too long a note" }));
    expect((await badBody.json()).error).toMatchObject({ code: "validation_failed", fields: [{ field: "note" }] });
  });

  it("reads the body through the one reader: 400 malformed, 413 past the route's limit, 415 not JSON", async () => {
    expect((await call(route, { body: "{oops", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call(route, { body: "", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call(route, json({ note: "x".repeat(200) }))).status).toBe(413);
    const plain = await call(route, { body: JSON.stringify({ note: "hi" }), headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect((await plain.json()).error.code).toBe("unsupported_media_type");
  });

  it("catches a handler whose answer drifts from the contract: a 500 instead of an undocumented body", async () => {
    const drifting = defineRoute(echo, async () => ({ id: ID, size: "big" }) as unknown as { id: string; size: number });
    const extra = defineRoute(echo, async () => ({ id: ID, size: 1, secret: "x" }) as { id: string; size: number });
    for (const wrong of [drifting, extra]) {
      const response = await call(wrong, json({ note: "hi" }));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain("big");
    }
  });
});

describe("the CSRF check of cookie-setting endpoints", () => {
  const signIn = defineEndpoint({
    operationId: "testSignIn",
    method: "POST",
    path: "/test/session",
    summary: "Sign in",
    tags: ["test"],
    access: { kind: "session" },
    body: { schema: z.object({ email: z.string() }), required: true },
    responses: { 200: { description: "ok", schema: z.object({ ok: z.literal(true) }) } },
  });
  const route = defineRoute(signIn, async () => ({ ok: true as const }));
  const post = (headers: Record<string, string>, body = '{"email":"a@b.c"}') =>
    route(new Request("http://localhost/test/session", { method: "POST", body, headers }));

  it("accepts the console's own pages: its Origin, or Sec-Fetch-Site same-origin without one", async () => {
    expect((await post({ "content-type": "application/json", origin: ORIGIN })).status).toBe(200);
    expect((await post({ "content-type": "application/json", "sec-fetch-site": "same-origin" })).status).toBe(200);
  });

  it("refuses another site, a missing origin and a form body with 403 (login CSRF)", async () => {
    const refused: Record<string, string>[] = [
      { "content-type": "application/json", origin: "https://evil.example" },
      { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      { "content-type": "application/json" },
      { "content-type": "text/plain", origin: ORIGIN },
    ];
    for (const headers of refused) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
  });
});
