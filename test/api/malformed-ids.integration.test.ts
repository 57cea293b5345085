import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { notFoundMessageOf } from "@/lib/contract/resource-id";
import { signIn } from "@/lib/auth/sign-in";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { openApiPathOf, routeExports, type RouteExport } from "@/test/support/route-modules";

/** Every route whose path names a stored resource answers a malformed id with 404, like an unknown one. */

let admin: Headers;
let routes: RouteExport[];

beforeAll(async () => {
  const user = await makeCaller("admin");
  admin = cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip: `198.18.${randomInt(256)}.${randomInt(1, 255)}` }), {
    "content-type": "application/json",
    "if-match": '"1"',
  });
  routes = (await routeExports()).filter(({ handler }) => handler.endpoint?.params);
});

describe("malformed ids", () => {
  it("covers every area with id parameters", () => {
    const areas = new Set(routes.map(({ handler }) => handler.endpoint!.tags[0]));
    expect([...areas].sort()).toEqual(["accounts", "alerts", "api-keys", "helpdesk", "ingest", "policies", "probes", "tokens"]);
  });

  it("answers 404 naming the resource for every resource id parameter, in every area", async () => {
    let checked = 0;
    for (const { file, method, handler } of routes) {
      const shape = handler.endpoint!.params!.shape as Record<string, Parameters<typeof notFoundMessageOf>[0]>;
      const ids = Object.keys(shape).filter((name) => notFoundMessageOf(shape[name]!));
      if (ids.length === 0) continue; // the ingest device id is the device's own name (422 when malformed)
      for (const malformed of ["not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g"]) {
        const params = Object.fromEntries(Object.keys(shape).map((name) => [name, malformed]));
        const body = method === "GET" || method === "DELETE" ? undefined : "{}";
        const request = new Request(`http://localhost${openApiPathOf(file)}`, { method, headers: admin, body });
        const response = await (handler as (req: Request, segment: unknown) => Promise<Response>)(request, { params: Promise.resolve(params) });
        expect(response.status, `${method} ${file} with ${malformed}`).toBe(404);
        expect((await response.json()).error.code).toBe("not_found");
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3 * 12);
  });
});
