import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./support/accounts";
import { OIDC_CLIENT, OIDC_USERS } from "./support/oidc-provider";

// scripts/e2e-server.ts runs the identity provider on the console's port + 1000.
const OIDC_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? "3100") + 1000}`;

/** From the console's sign-in page to the provider's own login page, and through it. */
async function signInAtProvider(page: Page, login: keyof typeof OIDC_USERS) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with E2E Identity" }).click();
  await page.waitForURL((url) => url.origin === OIDC_ORIGIN);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password at the test provider");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a user whose group is mapped signs in at the provider and comes back with the mapped role", async ({ page, request }) => {
  const startedAt = Date.now();
  await signInAtProvider(page, "hana");
  await expect(page.getByTestId("signed-in-user")).toHaveText(OIDC_USERS.hana.email);
  // rpc-helpdesk maps to helpdesk: the helpdesk pages, not the admin ones.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Helpdesk", exact: true })).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveCount(0);
  expect((await page.request.get("/api/v1/accounts")).status()).toBe(403);

  // Provisioned just in time, and audited with the provider and the subject.
  expect((await request.post("/api/session", { data: ADMIN })).ok()).toBeTruthy();
  const { accounts } = (await (await request.get("/api/v1/accounts")).json()) as {
    accounts: { email: string; role: string; signInMethods: string[]; lastSignInAt: string | null }[];
  };
  const hana = accounts.find((account) => account.email === OIDC_USERS.hana.email);
  expect(hana?.role).toBe("helpdesk");
  // The list says how the account signs in.
  expect(hana?.signInMethods).toEqual([`sso:${OIDC_CLIENT.id}`]);
  // An SSO sign-in is the account's last sign-in like a password one.
  // (The server's audit clock has millisecond precision; a second of slack covers rounding.)
  expect(Date.parse(hana?.lastSignInAt ?? "1970-01-01")).toBeGreaterThanOrEqual(startedAt - 1_000);
  const audit = await (await request.get("/api/v1/audit?action=auth.sso_sign_in")).text();
  expect(audit).toContain('"provider":"e2e"');
  expect(audit).toContain('"subject":"hana"');
});

test("a user with no mapped group is refused with a clear page and no session", async ({ page }) => {
  await signInAtProvider(page, "uma");
  await expect(page).toHaveURL(/\/sign-in\/refused\?error=no_mapped_role/);
  await expect(page.getByRole("heading", { name: "Your account has no console role" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a tampered state is refused", async ({ page }) => {
  // The state is changed in the request to the provider (a navigation Playwright can intercept;
  // the provider's redirect back is not), so the provider echoes the tampered value back.
  await page.route(`${OIDC_ORIGIN}/auth?*`, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("state", `${url.searchParams.get("state") ?? ""}x`);
    await route.continue({ url: url.toString() });
  });
  await signInAtProvider(page, "hana");
  await expect(page).toHaveURL(/\/sign-in\/refused\?error=state_/);
  await expect(page.getByRole("heading", { name: "This sign-in link is no longer valid" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
