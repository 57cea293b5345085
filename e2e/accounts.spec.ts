import { expect, test } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";

test("moving through the role select with the arrow keys saves nothing; confirming saves once", async ({ page, request }) => {
  const account = await createAccount(request, "helpdesk");
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings");

  const row = page.getByTestId(`account-${account.email}`);
  const select = row.getByLabel(`Role of ${account.email}`);
  let patches = 0;
  page.on("request", (req) => {
    if (req.method() === "PATCH" && req.url().endsWith(`/api/v1/accounts/${account.id}`)) patches += 1;
  });

  await select.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue("auditor");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  expect(patches).toBe(0);

  await row.getByRole("button", { name: "Change role…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("From Helpdesk to Auditor");
  await expect(dialog.getByRole("list", { name: "Gains permissions" })).toHaveText("audit:read");
  await expect(dialog.getByRole("list", { name: "Loses permissions" })).toHaveText("probe:run");

  // Cancel leaves the stored role as it was.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  expect(patches).toBe(0);

  await row.getByRole("button", { name: "Change role…" }).click();
  const saved = page.waitForResponse((res) => res.request().method() === "PATCH" && res.url().endsWith(`/api/v1/accounts/${account.id}`));
  await page.getByRole("alertdialog").getByRole("button", { name: "Change role to Auditor" }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Change role…" })).toHaveCount(0);
  expect(patches).toBe(1);

  const list = await page.request.get("/api/v1/accounts");
  const stored = ((await list.json()) as { accounts: { id: string; role: string }[] }).accounts.find((a) => a.id === account.id);
  expect(stored?.role).toBe("auditor");
  const audit = await page.request.get(`/api/v1/audit?action=account.update&targetId=${account.id}`);
  const entries = ((await audit.json()) as { entries: { targetId: string | null }[] }).entries.filter((e) => e.targetId === account.id);
  expect(entries).toHaveLength(1);
});
