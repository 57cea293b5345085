import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as createAccountRoute } from "@/app/api/v1/accounts/route";
import { signIn } from "@/lib/auth/sign-in";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/contract/endpoint";
import { db } from "@/lib/db/client";
import { cookieHeaders, makeCaller, TEST_PASSWORD, uniqueEmail } from "@/test/support/factories";

/** POST /api/v1/accounts through the route: the body reader's rules and the race for one email. */

async function adminHeaders(extra: Record<string, string> = { "content-type": "application/json" }): Promise<Headers> {
  const admin = await makeCaller("admin");
  const response = await signIn({ email: admin.email, password: TEST_PASSWORD }, new Headers(), { ip: `198.18.${randomInt(256)}.${randomInt(1, 255)}` });
  return cookieHeaders(response, extra);
}

const post = (headers: Headers, body: BodyInit) => createAccountRoute(new Request("http://localhost/api/v1/accounts", { method: "POST", headers, body }));
const account = (email: string, extra: Record<string, unknown> = {}) => JSON.stringify({ email, name: "Racer", role: "helpdesk", password: "a long enough password", ...extra });

describe("POST /api/v1/accounts", () => {
  it("answers two concurrent creates of one email with one 201 and one 409, never a 500", async () => {
    const headers = await adminHeaders();
    const email = uniqueEmail("race");
    const statuses = (await Promise.all([post(headers, account(email)), post(headers, account(email))])).map((response) => response.status);
    expect(statuses.sort()).toEqual([201, 409]);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("refuses a body that is not sent as JSON with 415, and stores nothing", async () => {
    const email = uniqueEmail("typed");
    const untyped = await post(await adminHeaders({}), new TextEncoder().encode(account(email)));
    expect(untyped.status).toBe(415);
    const form = await post(await adminHeaders({ "content-type": "application/x-www-form-urlencoded" }), `email=${email}`);
    expect([403, 415]).toContain(form.status); // a form body from the console's own origin: refused either way
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("answers 413 past the route's byte limit, declared or sent", async () => {
    const email = uniqueEmail("large");
    const large = account(email, { name: "x".repeat(DEFAULT_MAX_BODY_BYTES) });
    const response = await post(await adminHeaders(), large);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});
