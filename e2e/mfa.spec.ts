import { expect, test, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";
import { startSecondServer } from "./support/second-server";

// Many sign-ins and a page load each: on a loaded machine that is more than the default minute.
test.describe.configure({ timeout: 180_000 });
/** Navigations that wait on the server (a redirect after sign-in) get longer than the 10 s default. */
const navigation = { timeout: 45_000 };

/** The current code for a base32 secret, computed as an authenticator app would (otpauth). */
function codeFor(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();
}

/** Security page: password, QR code, confirmation code; returns the secret and the recovery codes shown once. */
async function enrolThroughUi(page: Page, password: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByLabel("Current password").fill(password);
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  await page.getByLabel("Code from the app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10, navigation);
  const recoveryCodes = await list.getByRole("listitem").allTextContents();
  await page.getByRole("button", { name: "I have saved the recovery codes" }).click();
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  return { secret, recoveryCodes };
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, navigation);
}

test("enrol TOTP, then sign in with password and code, and with a recovery code once", async ({ page, request }) => {
  const account = await createAccount(request, "helpdesk");
  await signInThroughUi(page, account.email, account.password);
  await page.getByRole("link", { name: "Security" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/, navigation);
  const { secret, recoveryCodes } = await enrolThroughUi(page, account.password);
  // The admins' list shows the real state (request is signed in as the admin by createAccount).
  const listed = (await (await request.get("/api/v1/accounts")).json()) as { accounts: { id: string; mfa: string }[] };
  expect(listed.accounts.find((a) => a.id === account.id)?.mfa).toBe("enrolled");

  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByLabel("Authentication code").fill(codeFor(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(account.email, navigation);

  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(account.email, navigation);

  // The same recovery code a second time: refused, no session.
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not sign in" })).toContainText("used already");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/, navigation);

  const audit = await (await request.get(`/api/v1/audit?action=auth.sign_in&targetId=${account.id}`)).text();
  expect(audit).toContain('"secondFactor":"recovery_code"');
  expect(audit).toContain('"secondFactor":"totp"');
});

test.describe("with MFA_REQUIRED_FOR_ADMINS", () => {
  // Its own console beside the shared one: the setting would send every other spec's admin to enrol.
  let server: Awaited<ReturnType<typeof startSecondServer>>;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startSecondServer(Number(process.env.E2E_PORT ?? "3100") + 2, { MFA_REQUIRED_FOR_ADMINS: "true" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("an admin without a second factor is sent to enrol before anything else", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin } });
    const page = await context.newPage();
    await passwordStep(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/settings\/security$/, navigation);
    await expect(page.getByText("This console requires admins to use two-factor authentication")).toBeVisible();

    await page.goto("/policies");
    await expect(page).toHaveURL(/\/settings\/security$/, navigation);
    const refused = await page.request.get("/api/v1/accounts");
    expect(refused.status()).toBe(403);

    await enrolThroughUi(page, ADMIN.password);
    await page.getByRole("link", { name: "Continue to the console" }).click();
    await expect(page).toHaveURL(`${server.origin}/`, navigation);
    await page.goto("/policies");
    await expect(page).toHaveURL(/\/policies$/, navigation);
    expect((await page.request.get("/api/v1/accounts")).status()).toBe(200);
    await context.close();
  });
});
