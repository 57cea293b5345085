import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";
import { UNRESTRICTED_SETTINGS } from "./support/settings";

test("the API reference renders the console's OpenAPI document, under the page's CSP, and its styles stay on its page", async ({ page }) => {
  test.setTimeout(150_000);
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    // Scalar asks its hosted proxy for a curated registry; connect-src 'self' blocks that on
    // purpose (the console calls no third party). Any other violation fails the test.
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !/connect-src 'self'/.test(text) && !/proxy\.scalar\.com/.test(text)) cspViolations.push(text);
  });
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/settings\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const reference = page.getByTestId("api-reference");
  // Operations from the generated document, rendered by Scalar (not the raw JSON).
  await expect(reference.getByRole("heading", { name: "Rich Push Console API" })).toBeVisible({ timeout: 90_000 });
  await expect(reference.getByText("Service and database health, for load balancers and monitors").first()).toBeVisible();
  const scalarStyled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith("/settings/api/scalar.css")));
  expect(scalarStyled).toBe(true);
  expect(cspViolations).toEqual([]);

  // Leaving the page by an in-app link removes Scalar's stylesheet again.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  const leaked = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes("scalar")));
  expect(leaked).toBe(false);
});

/** The vertical order of two rows on screen: negative when `first` is above `second`. */
async function order(page: Page, first: string, second: string) {
  const a = await page.getByTestId(`group-row-${first}`).boundingBox();
  const b = await page.getByTestId(`group-row-${second}`).boundingBox();
  return a!.y - b!.y;
}

test("the policies list sorts by a column header and exports what it shows as CSV", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const tag = randomUUID().slice(0, 8);
  const alpha = `E2E sort ${tag} alpha`;
  const omega = `E2E sort ${tag} omega, "quoted"`;
  for (const name of [omega, alpha]) {
    const created = await page.request.post("/api/v1/groups", { data: { name, description: "end-to-end", settings: UNRESTRICTED_SETTINGS } });
    expect(created.status()).toBe(201);
  }
  await page.goto("/policies");
  const table = page.getByRole("table", { name: "Delivery groups" });
  const groupHeader = table.getByRole("columnheader", { name: /Group/ });
  await expect(groupHeader).toHaveAttribute("aria-sort", "none");

  await groupHeader.getByRole("button").click();
  await expect(groupHeader).toHaveAttribute("aria-sort", "ascending");
  expect(await order(page, alpha, omega)).toBeLessThan(0);
  await groupHeader.getByRole("button").click();
  await expect(groupHeader).toHaveAttribute("aria-sort", "descending");
  expect(await order(page, alpha, omega)).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^delivery-groups-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("Group,Description,Rich push supported,Failing checks,Warnings,Members,Last change,Version");
  const omegaLine = lines.findIndex((line) => line.startsWith(`"E2E sort ${tag} omega, ""quoted"""`));
  const alphaLine = lines.findIndex((line) => line.startsWith(`E2E sort ${tag} alpha,end-to-end,`));
  // Exported in the order on screen (descending by name).
  expect(omegaLine).toBeGreaterThan(0);
  expect(alphaLine).toBeGreaterThan(omegaLine);
  expect(csv).not.toContain("@e2e.test");
});

test("the list sort and the editor tab are in the URL: they survive a reload, and Back undoes them", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const name = `E2E url ${randomUUID().slice(0, 8)}`;
  const created = await page.request.post("/api/v1/groups", { data: { name, description: "end-to-end", settings: UNRESTRICTED_SETTINGS } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto("/policies");
  const groupHeader = page.getByRole("table", { name: "Delivery groups" }).getByRole("columnheader", { name: /Group/ });
  await groupHeader.getByRole("button").click();
  await groupHeader.getByRole("button").click();
  await expect(page).toHaveURL(/\/policies\?sort=-name$/);
  await page.reload();
  await expect(groupHeader).toHaveAttribute("aria-sort", "descending");
  await page.goBack();
  await expect(groupHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/\/policies\?sort=name$/);

  await page.goto(`/policies/${id}`);
  const revisions = page.getByRole("tab", { name: "Revisions" });
  await revisions.click();
  await expect(page).toHaveURL(new RegExp(`/policies/${id}\\?tab=revisions$`));
  await page.reload();
  await expect(revisions).toHaveAttribute("aria-selected", "true");
  await page.goBack();
  await expect(page.getByRole("tab", { name: "Settings" })).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(new RegExp(`/policies/${id}$`));
});

test("the audit log names and links its targets, and its action filter is a pick-list kept in the URL", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const name = `E2E audit ${randomUUID().slice(0, 8)}`;
  const created = await page.request.post("/api/v1/groups", { data: { name, description: "end-to-end", settings: UNRESTRICTED_SETTINGS } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto("/audit");
  await page.getByLabel("Action").selectOption("policy.create");
  await expect(page).toHaveURL(/\/audit\?action=policy\.create$/);
  const row = page.getByTestId("audit-row").filter({ hasText: name }).first();
  await expect(row).toContainText("policy.create");
  const link = row.getByRole("link", { name });
  await expect(link).toHaveAttribute("href", `/policies/${id}`);

  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("policy.create");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/policies/${id}$`));
  await page.goBack();
  await expect(page.getByLabel("Action")).toHaveValue("policy.create");
  await page.goBack();
  await expect(page.getByLabel("Action")).toHaveValue("");
});

test("the audit log's Export CSV downloads the filtered entries from the server, and the export is itself audited", async ({ page, request }) => {
  const auditor = await createAccount(request, "auditor");
  await signInThroughUi(page, auditor.email, auditor.password);
  // One more sign-in of this auditor, so the filter selects more than one entry.
  expect((await page.request.post("/api/session", { data: { email: auditor.email, password: auditor.password } })).ok()).toBeTruthy();

  await page.goto("/audit");
  await page.getByLabel("Actor").fill(auditor.email);
  await page.getByLabel("Action").selectOption("auth.sign_in");
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Id,Time,Actor,Action,Target type,Target id,Target name,IP,Request id,Details");
  // The rows on screen, newest first, as the list API gives them for the same filters.
  const listed = (await (await request.get(`/api/v1/audit?actor=${encodeURIComponent(auditor.email)}&action=auth.sign_in`)).json()) as { entries: { id: string }[] };
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(listed.entries.map((entry) => entry.id));
  expect(lines.slice(1).every((line) => line.split(",")[2] === auditor.email && line.split(",")[3] === "auth.sign_in")).toBe(true);

  const exports = (await (await request.get(`/api/v1/audit?actor=${encodeURIComponent(auditor.email)}&action=audit.export`)).json()) as {
    entries: { details: { actor: string; action: string; rows: number } }[];
  };
  expect(exports.entries).toHaveLength(1);
  expect(exports.entries[0]!.details).toMatchObject({ actor: auditor.email, action: "auth.sign_in", rows: 2 });
});
