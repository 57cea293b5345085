import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as createAccountRoute } from "@/app/api/v1/accounts/route";
import { POST as ingestEventsRoute } from "@/app/api/v1/ingest/events/route";
import { POST as signInRoute } from "@/app/api/session/route";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { ingestRequest, makeDevice, makeToken, richEvent } from "@/lib/ingest/testing/ingest-fixtures";
import { consoleOrigin, makeCaller, TEST_PASSWORD, uniqueEmail } from "@/test/support/factories";

/** The CSRF matrix: writes made with the session cookie must come from the console's own pages. */

async function adminCookie(): Promise<string> {
  const admin = await makeCaller("admin");
  const response = await signIn({ email: admin.email, password: TEST_PASSWORD }, new Headers(), { ip: `198.18.${randomInt(256)}.${randomInt(1, 255)}` });
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

const newAccount = (email: string) => JSON.stringify({ email, name: "Forged", role: "admin", password: "a long enough password" });

function createAccount(cookie: string, email: string, headers: Record<string, string>) {
  return createAccountRoute(new Request("http://localhost/api/v1/accounts", { method: "POST", headers: { cookie, ...headers }, body: newAccount(email) }));
}

const stored = (email: string) => db().user.count({ where: { email } });

describe("cross-site request forgery", () => {
  it("refuses a cross-site text/plain form post that would create an admin account, storing nothing", async () => {
    const cookie = await adminCookie();
    const email = uniqueEmail("forged");
    // What a hidden <form enctype="text/plain"> on another site sends, cookie attached by the browser.
    const response = await createAccount(cookie, email, { "content-type": "text/plain", origin: "https://attacker.example", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(await stored(email)).toBe(0);
  });

  it("refuses a write with no Origin whose Sec-Fetch-Site says cross-site, or that names neither", async () => {
    const cookie = await adminCookie();
    const refused: Record<string, string>[] = [{ "content-type": "application/json", "sec-fetch-site": "cross-site" }, { "content-type": "application/json" }];
    for (const headers of refused) {
      const email = uniqueEmail("forged");
      expect((await createAccount(cookie, email, headers)).status).toBe(403);
      expect(await stored(email)).toBe(0);
    }
  });

  it("refuses the console's own origin with a text/plain body too", async () => {
    const email = uniqueEmail("forged");
    expect((await createAccount(await adminCookie(), email, { "content-type": "text/plain", origin: consoleOrigin() })).status).toBe(403);
    expect(await stored(email)).toBe(0);
  });

  it("accepts JSON from the console's own pages: its Origin, or Sec-Fetch-Site same-origin", async () => {
    const cookie = await adminCookie();
    const first = uniqueEmail("real");
    expect((await createAccount(cookie, first, { "content-type": "application/json", origin: consoleOrigin() })).status).toBe(201);
    const second = uniqueEmail("real");
    expect((await createAccount(cookie, second, { "content-type": "application/json", "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await stored(first)) + (await stored(second))).toBe(2);
  });

  it("refuses a sign-in posted from another site (login CSRF)", async () => {
    const user = await makeCaller("helpdesk");
    const body = JSON.stringify({ email: user.email, password: TEST_PASSWORD });
    const forged = await signInRoute(new Request("http://localhost/api/session", { method: "POST", headers: { "content-type": "application/json", origin: "https://attacker.example" }, body }));
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie()).toEqual([]);
    const own = await signInRoute(new Request("http://localhost/api/session", { method: "POST", headers: { "content-type": "application/json", origin: consoleOrigin() }, body }));
    expect(own.status).toBe(200);
  });

  it("leaves Bearer-token requests alone: no cookie rides on them, whatever their Origin", async () => {
    const { secret } = await makeToken();
    const { deviceId } = await makeDevice();
    const request = ingestRequest("POST", "/api/v1/ingest/events", { events: [richEvent(deviceId)] }, { token: secret, headers: { origin: "https://elsewhere.example" } });
    const response = await ingestEventsRoute(request);
    expect(response.status).toBe(200);
    expect((await response.json()).accepted).toBe(1);
  });
});
