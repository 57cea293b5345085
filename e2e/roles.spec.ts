import { expect, test } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi, type Role } from "./support/accounts";

const PAGES = { Dashboard: "/", Policies: "/policies", Helpdesk: "/helpdesk", Alerts: "/alerts", Audit: "/audit", Settings: "/settings" } as const;
type PageName = keyof typeof PAGES;

const ALLOWED: Record<Role, PageName[]> = {
  admin: ["Dashboard", "Policies", "Helpdesk", "Alerts", "Audit", "Settings"],
  helpdesk: ["Dashboard", "Policies", "Helpdesk", "Alerts"],
  auditor: ["Dashboard", "Policies", "Helpdesk", "Alerts", "Audit"],
};

test("an unsigned visitor is sent to sign-in and a wrong password is refused", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not sign in" })).toContainText("Wrong email or password");
});

for (const role of ["admin", "helpdesk", "auditor"] as const) {
  test(`${role} sees only the pages the role may use, and the others answer 403`, async ({ page, request }) => {
    const account = role === "admin" ? { ...ADMIN } : await createAccount(request, role);
    await signInThroughUi(page, account.email, account.password);

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [name, path] of Object.entries(PAGES) as [PageName, string][]) {
      const allowed = ALLOWED[role].includes(name);
      await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(allowed ? 1 : 0);
      const response = await page.goto(path);
      if (allowed) {
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByText("403 · Not allowed")).toBeVisible();
      }
    }
  });
}

test("helpdesk cannot call admin APIs even directly", async ({ page, request }) => {
  const helpdesk = await createAccount(request, "helpdesk");
  await signInThroughUi(page, helpdesk.email, helpdesk.password);
  const accounts = await page.request.get("/api/v1/accounts");
  expect(accounts.status()).toBe(403);
  const audit = await page.request.get("/api/v1/audit");
  expect(audit.status()).toBe(403);
});

test("an admin disables an account on Settings and that user is signed out at once", async ({ page, browser, request }) => {
  const victim = await createAccount(request, "helpdesk");
  const victimContext = await browser.newContext();
  const victimPage = await victimContext.newPage();
  await signInThroughUi(victimPage, victim.email, victim.password);

  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings");
  await page.getByRole("button", { name: `Disable ${victim.email}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByTestId(`account-${victim.email}`).getByText("Disabled")).toBeVisible();

  await victimPage.goto("/helpdesk");
  await expect(victimPage).toHaveURL(/\/sign-in/);
  await victimContext.close();

  await page.goto("/audit");
  await page.getByLabel("Action").selectOption("account.disable");
  await expect(page.getByTestId("audit-row").first()).toContainText("account.disable");
});

test("sign-out ends the session", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in/);
});
