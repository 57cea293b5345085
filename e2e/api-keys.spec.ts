import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";

test("an admin creates a scoped API key, sees its secret once, an integration uses it within its scope, and revoking stops it", async ({ page, playwright, baseURL }) => {
  const name = `ITSM ${randomUUID().slice(0, 8)}`;
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings");

  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Key name").fill(name);
  await form.getByLabel("Expires after").selectOption("30");
  await expect(form.getByRole("button", { name: "Create API key" })).toBeDisabled();
  await form.getByRole("checkbox", { name: /directory:read/ }).check();
  await form.getByRole("button", { name: "Create API key" }).click();
  const secret = (await page.getByTestId("new-api-key-secret").textContent()) ?? "";
  expect(secret).toMatch(/^rpck_/);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("new-api-key-secret")).toHaveCount(0);

  const row = page.getByTestId(`api-key-${name}`);
  await expect(row).toContainText("directory:read");
  await expect(row).toContainText("never");

  // The integration: no cookies, only the key.
  const integration = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  expect((await integration.get("/api/v1/users?query=someone")).status()).toBe(200);
  expect((await integration.get("/api/v1/groups")).status()).toBe(403);

  await page.reload();
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("refused from its next request on");
  await dialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(row).toContainText("Revoked");
  expect((await integration.get("/api/v1/users?query=someone")).status()).toBe(401);
  await integration.dispose();
});
