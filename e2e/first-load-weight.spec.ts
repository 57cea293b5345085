import { expect, test, type Browser } from "@playwright/test";
import { ADMIN } from "./support/accounts";

// The measurement, in the browser: the JavaScript a page downloads (gzip, as `next start`
// sends it) up to its load event, with an empty cache. `npm run bench:bundle` reads the same from
// the build's manifests; this checks that figure against what Chromium actually fetches.
const BUDGET_BYTES = 170_000;

async function firstLoadScriptBytes(browser: Browser, baseURL: string, path: string): Promise<number> {
  // A fresh context per page: nothing cached from an earlier one.
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  expect((await context.request.post("/api/session", { data: ADMIN })).ok()).toBeTruthy();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  let loaded = false;
  page.on("requestfinished", (request) => {
    if (!loaded && request.resourceType() === "script") sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  page.once("load", () => (loaded = true));
  await page.goto(path, { waitUntil: "load" });
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}

test("the dashboard, a group's editor and a user's page stay within 170 kB of first-load JavaScript", async ({ browser, request, baseURL }) => {
  expect((await request.post("/api/session", { data: ADMIN })).ok()).toBeTruthy();
  const { groups } = (await (await request.get("/api/v1/groups")).json()) as { groups: { id: string }[] };
  const { users } = (await (await request.get("/api/v1/users?query=a")).json()) as { users: { id: string }[] };
  expect(groups.length).toBeGreaterThan(0);
  expect(users.length).toBeGreaterThan(0);

  for (const path of ["/", `/policies/${groups[0]!.id}`, `/helpdesk/users/${users[0]!.id}`]) {
    const bytes = await firstLoadScriptBytes(browser, baseURL!, path);
    // Well above any real page's own code: a page that fetched no scripts would not be measured.
    expect(bytes, `${path}: first-load JS`).toBeGreaterThan(100_000);
    expect(bytes, `${path}: first-load JS`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
