import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, createAccount } from "./support/accounts";
import { expectNoViolations, newSession, settled, shareSession, signInRequest } from "./support/axe";

/**
 * axe-core on the console's other pages (audit, alerts, settings, 404 and 403 inside the shell) and
 * on the signed-out ones (sign-in, refused sign-in, change password): zero WCAG 2.1 A/AA violations
 * in light and dark, at 1440 and 1024 px. The first pages are in accessibility.spec.ts.
 */

let admin: APIRequestContext;

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await newSession(playwright, testInfo.project.use, ADMIN);
});

test.afterAll(async () => admin?.dispose());

/** The page at `path` as the signed-in admin, in the four combinations, once its heading shows. */
async function checkAdminPage(page: Page, path: string, heading: string, exclude: string[] = []) {
  await shareSession(admin, page.context());
  await expectNoViolations(
    page,
    async () => {
      await page.goto(path);
      await settled(page);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    },
    undefined,
    exclude,
  );
}

test.describe("every page has no WCAG 2.1 A/AA violation in light and dark, at 1440 and 1024 px", () => {
  test.describe.configure({ timeout: 120_000 });

  test("audit log", ({ page }) => checkAdminPage(page, "/audit", "Audit log"));
  test("alerts", ({ page }) => checkAdminPage(page, "/alerts", "Alerts"));
  test("alert channels", ({ page }) => checkAdminPage(page, "/alerts/channels", "Alert channels"));
  test("settings", ({ page }) => checkAdminPage(page, "/settings", "Settings"));
  test("settings, security", ({ page }) => checkAdminPage(page, "/settings/security", "Security"));
  // The page around the reference is checked; the embedded Scalar reference itself is not yet: it
  // has violations of its own (aria-selected on sidebar links, an unnamed button, grey text below
  // 4.5:1) that need fixing in its theme or upstream, not in this console's components.
  test("settings, API reference", ({ page }) => checkAdminPage(page, "/settings/api", "API reference", ['[data-testid="api-reference"]']));
  test("404 inside the shell", ({ page }) => checkAdminPage(page, "/no-such-page", "404 · Not found"));

  test("403 inside the shell", async ({ page, request }) => {
    const helpdesk = await createAccount(request, "helpdesk");
    await signInRequest(request, helpdesk);
    await shareSession(request, page.context());
    await expectNoViolations(page, async () => {
      await page.goto("/settings");
      await expect(page.getByRole("heading", { level: 1, name: "403 · Not allowed" })).toBeVisible();
      // Inside the shell, once: one Main navigation, one main landmark.
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
    });
  });

  test("sign-in, and a refused single sign-on", async ({ page }) => {
    await expectNoViolations(page, async () => {
      await page.goto("/sign-in");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
      await settled(page);
    });
    await expectNoViolations(page, async () => {
      await page.goto("/sign-in/refused?error=access_denied");
      await expect(page.getByRole("link", { name: "Back to sign-in" })).toBeVisible();
    });
  });

  test("change password", async ({ page, request }) => {
    const account = await createAccount(request, "helpdesk"); // `request` is now the admin
    const chosen = "set by the admin for a11y";
    expect((await request.put(`/api/v1/accounts/${account.id}/password`, { data: { password: chosen } })).status()).toBe(200);
    await signInRequest(request, { email: account.email, password: chosen });
    await shareSession(request, page.context());
    await expectNoViolations(page, async () => {
      await page.goto("/change-password");
      await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
    });
  });
});
