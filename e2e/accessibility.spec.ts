import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";

/**
 * axe-core over the main pages in light and dark mode: no serious or critical violation of the
 * WCAG 2.1 A/AA rules. Then the everyday-use checks: URL state, titles, Ctrl-K and focus return.
 */

type Ids = { userId: string; userName: string; userQuery: string; groupId: string; groupName: string };

async function demoIds(page: Page): Promise<Ids> {
  const groups = (await (await page.request.get("/api/v1/groups")).json()) as { groups: { id: string; name: string }[] };
  const group = groups.groups[0]!;
  const found = (await (await page.request.get("/api/v1/users?query=a")).json()) as { users: { id: string; displayName: string; upn: string }[] };
  const user = found.users[0]!;
  return { userId: user.id, userName: user.displayName, userQuery: user.upn, groupId: group.id, groupName: group.name };
}

/** Waits until no loading placeholder is left, so axe sees the content. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  // A placeholder of a part that loads only on demand may stay; give the rest time to arrive.
  await expect(page.locator("[data-skeleton]")).toHaveCount(0, { timeout: 5_000 }).catch(() => undefined);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1] ?? ""}`));
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`main pages have no serious or critical axe violations in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    const ids = await demoIds(page);
    const pages = ["/", "/helpdesk", `/helpdesk?q=${encodeURIComponent(ids.userQuery)}`, `/helpdesk/users/${ids.userId}`, "/policies", `/policies/${ids.groupId}`, "/audit", "/settings"];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      for (const line of await seriousViolations(page)) found.push(`${path} ${line}`);
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}

test("Back restores a helpdesk search; a pasted link opens the same search; the user page is titled by name", async ({ page, browser }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const ids = await demoIds(page);
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
  const ids = await demoIds(page);
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

test("focus returns to the button that opened a dialog", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/policies");
  const create = page.getByRole("button", { name: /New group|Create group/ });
  await create.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(create).toBeFocused();
});

test("unknown pages show the 404 inside the shell; the favicon is served", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "404 · Not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const icon = await page.request.get("/icon.svg");
  expect(icon.ok()).toBeTruthy();
});
