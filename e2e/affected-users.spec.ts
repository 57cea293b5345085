import { expect, test } from "@playwright/test";
import { createAccount, signInThroughUi } from "./support/accounts";

/**
 * The drill-down from a dashboard number: the seeded demo console has an Exchange certificate
 * incident in the Sales group (lib/seed/demo-fleet.ts), so the list of users behind
 * "exchange_tls_failed in Sales" is never empty; a row leads to that user's helpdesk page.
 */
test("the affected users of a seeded incident: listed from the URL's filters, exportable, each row leading to the user's page", async ({ page, request }) => {
  const helpdesk = await createAccount(request, "helpdesk");
  await signInThroughUi(page, helpdesk.email, helpdesk.password);

  const groups = (await (await page.request.get("/api/v1/groups")).json()) as { groups: { id: string; name: string }[] };
  const sales = groups.groups.find((group) => group.name === "Sales")!;
  expect(sales, "the seeded Sales group").toBeTruthy();
  // The seeded incident lies within the demo's two days before seeding.
  const now = Date.now();
  const from = new Date(now - 3 * 86_400_000).toISOString();
  const to = new Date(now + 3_600_000).toISOString();
  const query = new URLSearchParams({ groupId: sales.id, cause: "exchange_tls_failed", from, to });

  await page.goto(`/dashboard/affected?${query}`);
  await expect(page).toHaveTitle(/^Affected users · exchange_tls_failed · Sales/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Affected users");
  const rows = page.getByTestId("affected-user-row");
  await expect(rows.first()).toBeVisible();
  // Every row is a user of Sales whose latest matching notification is the TLS failure.
  const count = await rows.count();
  for (let index = 0; index < count; index++) {
    await expect(rows.nth(index)).toContainText("Sales");
    await expect(rows.nth(index)).toContainText("exchange_tls_failed");
  }

  // The export holds the same users, in the same order.
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await page.request.get(exportHref!);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe("User id,Display name,UPN,Group,Notifications,Last notification,Last outcome,Last cause");
  expect(lines.length - 1).toBeGreaterThanOrEqual(count);

  const firstLink = rows.first().getByRole("link");
  const name = (await firstLink.textContent())!;
  expect(lines[1]!.split(",")[1]).toBe(name);
  await firstLink.click();
  await expect(page).toHaveURL(/\/helpdesk\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});
