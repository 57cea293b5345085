import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { ADMIN, PASSWORD } from "./support/accounts";
import { alertDialogNamed, buttonNamed, checkDialog, expectNoViolations, newSession, okJson, settled, shareSession } from "./support/axe";

/**
 * axe-core on the account, API key and second-factor dialogs, and on the inline confirmations and
 * shown-once secrets that stand where a dialog would (tokens, API keys, enrolment), in light and
 * dark at 1440 and 1024 px: zero WCAG 2.1 A/AA violations, and focus back on the opener after Escape.
 */

const RUN = randomUUID().slice(0, 8);
let admin: APIRequestContext;
/** A helpdesk account with an active session and a password sign-in. */
let person: { id: string; email: string };
/** A helpdesk account with a confirmed second factor, and its own signed-in session. */
let enrolled: { id: string; email: string; session: APIRequestContext };
const openSessions: APIRequestContext[] = [];

async function createPerson(name: string) {
  const email = `${name}-${RUN}@e2e.test`;
  const { id } = await okJson<{ id: string }>(admin.post("/api/v1/accounts", { data: { email, name: `A11y ${name}`, role: "helpdesk", password: PASSWORD } }));
  return { id, email };
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const use = testInfo.project.use;
  admin = await newSession(playwright, use, ADMIN);
  person = await createPerson("person");
  openSessions.push(await newSession(playwright, use, { email: person.email, password: PASSWORD }));

  const mfa = await createPerson("mfa");
  const session = await newSession(playwright, use, { email: mfa.email, password: PASSWORD });
  const { secret } = await okJson<{ secret: string }>(session.post("/api/session/mfa/enrolment", { data: { password: PASSWORD } }));
  const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();
  // The confirmation replaces the session cookie: `session` stays signed in, now with the second factor.
  await okJson(session.post("/api/session/mfa/confirmation", { data: { code } }));
  enrolled = { ...mfa, session };
  openSessions.push(session);

  await okJson(admin.post("/api/v1/api-keys", { data: { name: `A11y key ${RUN}`, scopes: ["directory:read"], expiresInDays: 30 } }));
  await okJson(admin.post("/api/v1/tokens", { data: { name: `A11y token ${RUN}` } }));
});

test.afterAll(async () => {
  await admin?.dispose();
  for (const session of openSessions) await session.dispose();
});

test.describe.configure({ timeout: 120_000 });

const row = (email: string) => (page: Page) => page.getByTestId(`account-${email}`);

test("revoke API key", ({ page }) =>
  checkDialog(page, admin, { path: "/settings", opener: buttonNamed(`Revoke A11y key ${RUN}`), dialog: alertDialogNamed(`Revoke API key A11y key ${RUN}?`) }));

test("disable account", ({ page }) =>
  checkDialog(page, admin, { path: "/settings", opener: buttonNamed(`Disable ${person.email}`), dialog: alertDialogNamed(`Disable ${person.email}?`) }));

test("change role", ({ page }) =>
  checkDialog(page, admin, {
    path: "/settings",
    opener: (p) => row(person.email)(p).getByRole("button", { name: "Change role…" }),
    open: async (p, opener) => {
      await p.getByLabel(`Role of ${person.email}`).selectOption("auditor");
      await opener.click();
    },
    dialog: alertDialogNamed(`Make ${person.email} Auditor?`),
  }));

test("end sessions", ({ page }) =>
  checkDialog(page, admin, {
    path: "/settings",
    opener: (p) => row(person.email)(p).getByRole("button", { name: "End sessions…" }),
    dialog: alertDialogNamed(`End every session of ${person.email}?`),
  }));

test("set password", ({ page }) =>
  checkDialog(page, admin, {
    path: "/settings",
    opener: (p) => row(person.email)(p).getByRole("button", { name: "Set password…" }),
    dialog: alertDialogNamed(`Set a new password for ${person.email}?`),
  }));

test("reset an account's second factor", ({ page }) =>
  checkDialog(page, admin, {
    path: "/settings",
    opener: buttonNamed(`Reset the second factor of ${enrolled.email}…`),
    dialog: alertDialogNamed(`Reset the second factor of ${enrolled.email}?`),
  }));

test("turn off one's own second factor", ({ page }) =>
  checkDialog(page, enrolled.session, { path: "/settings/security", opener: buttonNamed("Turn off…"), dialog: alertDialogNamed("Turn off two-factor authentication?") }));

test("ingestion token and API key: shown-once secrets and the inline revoke confirmation", async ({ page }) => {
  await shareSession(admin, page.context());
  await expectNoViolations(page, async (combo) => {
    await page.goto("/settings");
    await settled(page);
    const suffix = `${combo.colorScheme} ${combo.width} ${RUN}`;
    await page.getByLabel("Token name").fill(`A11y new token ${suffix}`);
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token-secret")).toBeVisible();
    await page.getByRole("button", { name: `Revoke A11y token ${RUN}`, exact: true }).click();
    await expect(page.getByRole("button", { name: "Confirm revoke" })).toBeVisible();
    await page.getByLabel("Key name").fill(`A11y new key ${suffix}`);
    await page.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Create API key" }).click();
    await expect(page.getByTestId("new-api-key-secret")).toBeVisible();
  });
});

test("two-factor enrolment: QR code step", async ({ page, playwright }, testInfo) => {
  const account = await createPerson("enrol");
  const session = await newSession(playwright, testInfo.project.use, { email: account.email, password: PASSWORD });
  openSessions.push(session);
  await shareSession(session, page.context());
  await expectNoViolations(page, async () => {
    await page.goto("/settings/security");
    await settled(page);
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  });
});
