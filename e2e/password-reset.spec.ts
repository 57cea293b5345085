import { expect, test } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";

const SET_BY_ADMIN = "set by the admin for e2e";
const CHOSEN = "chosen by the user for e2e";

test("an admin sets a password; the user must change it at next sign-in before anything else opens", async ({ page, request, browser }) => {
  const account = await createAccount(request, "helpdesk");
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings");

  const row = page.getByTestId(`account-${account.email}`);
  await row.getByRole("button", { name: "Set password…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("must choose their own");
  // Cancel saves nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(row).not.toContainText("Must change password");

  await row.getByRole("button", { name: "Set password…" }).click();
  await page.getByRole("alertdialog").getByLabel("New password").fill(SET_BY_ADMIN);
  const saved = page.waitForResponse((res) => res.request().method() === "PUT" && res.url().endsWith(`/api/v1/accounts/${account.id}/password`));
  await page.getByRole("alertdialog").getByRole("button", { name: "Set password" }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(row).toContainText("Must change password");

  // The user, in their own browser: the old password no longer works, the new one leads to change-password only.
  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto("/sign-in");
  await user.getByLabel("Email").fill(account.email);
  await user.getByLabel("Password").fill(SET_BY_ADMIN);
  await user.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(user).toHaveURL(/\/change-password$/);
  await expect(user.getByRole("heading", { name: "Change password" })).toBeVisible();
  await user.goto("/helpdesk");
  await expect(user).toHaveURL(/\/change-password$/);
  const blocked = await user.request.get("/api/v1/groups");
  expect(blocked.status()).toBe(403);
  expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe("password_change_required");

  await user.getByLabel("Current password").fill(SET_BY_ADMIN);
  await user.getByLabel("New password").fill(CHOSEN);
  await user.getByRole("button", { name: "Change password" }).click();
  await expect(user.getByTestId("signed-in-user")).toHaveText(account.email);
  expect((await user.request.get("/api/v1/groups")).status()).toBe(200);
  await context.close();

  const audit = await page.request.get(`/api/v1/audit?action=account.password_set&targetId=${account.id}`);
  expect(((await audit.json()) as { entries: unknown[] }).entries).toHaveLength(1);
  const changed = await page.request.get(`/api/v1/audit?action=auth.password_change&targetId=${account.id}`);
  expect(((await changed.json()) as { entries: unknown[] }).entries).toHaveLength(1);
});
