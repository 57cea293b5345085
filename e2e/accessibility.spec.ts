import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { expectNoViolations, settled, shareSession, signInRequest } from "./support/axe";
import { UNRESTRICTED_SETTINGS } from "./support/settings";

/**
 * axe-core on every page of the console: zero WCAG 2.1 A/AA violations in light and dark, at 1440
 * and 1024 px (one test per page, looping over the four). Here the dashboard, helpdesk and policy
 * pages; the others in accessibility-pages.spec.ts, the dialogs in accessibility-dialogs-*.spec.ts.
 * Then the everyday-use checks: URL state, titles, Ctrl-K and focus return.
 */

type Ids = { userId: string; userName: string; userQuery: string; groupId: string; groupName: string };

async function demoIds(request: APIRequestContext): Promise<Ids> {
  const groups = (await (await request.get("/api/v1/groups")).json()) as { groups: { id: string; name: string }[] };
  const group = groups.groups[0]!;
  const found = (await (await request.get("/api/v1/users?query=a")).json()) as { users: { id: string; displayName: string; upn: string }[] };
  const user = found.users[0]!;
  return { userId: user.id, userName: user.displayName, userQuery: user.upn, groupId: group.id, groupName: group.name };
}

let admin: APIRequestContext;
let ids: Ids;
/** A group with two versions: its Revisions tab has a history to show. */
let edited: { id: string };

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await signInRequest(admin, ADMIN);
  ids = await demoIds(admin);
  const created = await admin.post("/api/v1/groups", { data: { name: `E2E a11y ${randomUUID().slice(0, 8)}`, description: "accessibility", settings: UNRESTRICTED_SETTINGS } });
  expect(created.status()).toBe(201);
  edited = (await created.json()) as { id: string };
  const saved = await admin.patch(`/api/v1/groups/${edited.id}/settings`, { headers: { "if-match": '"1"' }, data: { acceptAllSslCertificates: true, comment: "a second version" } });
  expect(saved.status()).toBe(200);
});

test.afterAll(async () => admin?.dispose());

/** The page at `path` as the signed-in admin, in the four combinations; `ready` waits for its content. */
async function checkAdminPage(page: Page, path: () => string, ready?: (page: Page) => Promise<void>) {
  await shareSession(admin, page.context());
  await expectNoViolations(page, async () => {
    await page.goto(path());
    await settled(page);
    if (ready) await ready(page);
  });
}

const h1 = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
};

test.describe("every page has no WCAG 2.1 A/AA violation in light and dark, at 1440 and 1024 px", () => {
  test.describe.configure({ timeout: 120_000 });

  test("dashboard", ({ page }) => checkAdminPage(page, () => "/", h1("Dashboard")));
  test("affected users", ({ page }) =>
    checkAdminPage(
      page,
      () => {
        const now = Date.now();
        const query = new URLSearchParams({ groupId: ids.groupId, cause: "exchange_tls_failed", from: new Date(now - 3 * 86_400_000).toISOString(), to: new Date(now + 3_600_000).toISOString() });
        return `/dashboard/affected?${query}`;
      },
      h1("Affected users"),
    ));
  test("helpdesk search", ({ page }) => checkAdminPage(page, () => "/helpdesk", h1("Helpdesk")));
  test("helpdesk search with results", ({ page }) =>
    checkAdminPage(
      page,
      () => `/helpdesk?q=${encodeURIComponent(ids.userQuery)}`,
      async (p) => {
        await expect(p.getByRole("option").filter({ hasText: ids.userName }).first()).toBeVisible();
      },
    ));
  test("user page", ({ page }) => checkAdminPage(page, () => `/helpdesk/users/${ids.userId}`, h1(ids.userName)));
  test("policies", ({ page }) => checkAdminPage(page, () => "/policies", h1("Policies")));
  test("group editor, Settings tab", ({ page }) =>
    checkAdminPage(page, () => `/policies/${edited.id}`, async (p) => {
      await expect(p.getByRole("tab", { name: "Settings", selected: true })).toBeVisible();
    }));
  test("group editor, Revisions tab", ({ page }) =>
    checkAdminPage(page, () => `/policies/${edited.id}?tab=revisions`, async (p) => {
      await expect(p.getByTestId("revision-2")).toBeVisible();
    }));
});

test("Back restores a helpdesk search; a pasted link opens the same search; the user page is titled by name", async ({ page, browser }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/helpdesk");
  const box = page.getByRole("combobox", { name: /Find a user/ });
  await expect(box).toBeFocused();
  await box.fill(ids.userQuery);
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(ids.userQuery);
  await page.getByRole("option").filter({ hasText: ids.userName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/helpdesk/users/${ids.userId}`));
  await expect(page).toHaveTitle(`${ids.userName} · Helpdesk · Rich Push Console`);
  await page.goBack();
  await expect(box).toHaveValue(ids.userQuery);
  await expect(page.getByRole("option").filter({ hasText: ids.userName }).first()).toBeVisible();

  const pasted = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await pasted.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("combobox", { name: /Find a user/ })).toHaveValue(ids.userQuery);
  await expect(other.getByRole("option").filter({ hasText: ids.userName }).first()).toBeVisible();
  await pasted.close();

  await page.goto(`/policies/${ids.groupId}`);
  await expect(page).toHaveTitle(`${ids.groupName} · Policies · Rich Push Console`);
});

test("Ctrl-K finds a group from anywhere and focus returns to the opener of each dialog", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/audit");
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Search users, groups and pages" });
  await expect(input).toBeFocused();
  await input.fill(ids.groupName);
  await expect(page.getByRole("option", { name: ids.groupName })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/policies/${ids.groupId}`));

  const opener = page.getByRole("button", { name: "Search" });
  await opener.click();
  await expect(input).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(opener).toBeFocused();
});

test("unknown pages show the 404 inside the shell; the favicon is served", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "404 · Not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const icon = await page.request.get("/icon.svg");
  expect(icon.ok()).toBeTruthy();
});
