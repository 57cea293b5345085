import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";
import { deviceSnapshotBody } from "../lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "../lib/domain/testing/rich-push-settings";

/** Hand-off from the user page: the copied plain-text summary and the printed page. */

const RUN = randomUUID().slice(0, 8);
const upn = `handoff.${RUN}@e2e.example`;
const deviceId = `dev-handoff-${RUN}`;
const group = `E2E hand-off ${RUN}`;

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

const richEvent = (minutesAgo: number) => ({
  id: `evt-${randomUUID()}`,
  deviceId,
  occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  outcome: "rich",
  cause: null,
  failedStep: null,
  steps: [{ step: "push_received", durationMs: 80, ok: true }],
  badgeCount: 2,
});

let admin: APIRequestContext;
let userId: string;
const recent = richEvent(10);
const older = richEvent(30 * 60);

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await ok(admin.post("/api/session", { data: ADMIN }));
  const token = ((await (await ok(admin.post("/api/v1/tokens", { data: { name: `e2e hand-off ${RUN}` } }))).json()) as { secret: string }).secret;
  const bearer = { authorization: `Bearer ${token}` };
  await ok(admin.post("/api/v1/groups", { data: { name: group, settings: RICH_PUSH_SETTINGS } }));
  await ok(admin.post("/api/v1/ingest/users", { headers: bearer, data: { users: [{ upn, email: upn, displayName: `Hand-off ${RUN}`, group }] } }));
  await ok(admin.put(`/api/v1/ingest/devices/${deviceId}`, { headers: bearer, data: deviceSnapshotBody(upn, new Date(Date.now() - 60_000)) }));
  await ok(admin.post("/api/v1/ingest/events", { headers: bearer, data: { events: [recent, older] } }));
  const found = (await (await ok(admin.get(`/api/v1/users?query=${encodeURIComponent(upn)}`))).json()) as { users: { id: string }[] };
  userId = found.users[0]!.id;
});

test.afterAll(async () => admin?.dispose());

test.beforeEach(async ({ page, request }) => {
  const helpdesk = await createAccount(request, "helpdesk");
  await signInThroughUi(page, helpdesk.email, helpdesk.password);
});

test("Copy summary puts the user, the verdict and the lead finding with its remedy on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/helpdesk/users/${userId}`);
  const lead = page.getByTestId("lead-finding");
  await expect(lead).toBeVisible();
  await page.getByRole("button", { name: "Copy summary" }).click();
  await expect(page.getByText("Summary copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`User: Hand-off ${RUN} <${upn}>`);
  expect(copied).toContain(`Delivery group: ${group}`);
  expect(copied).toContain("Rich push: supported");
  const headline = (await lead.getByRole("heading").first().textContent())!.trim();
  expect(copied).toContain(`Lead finding: ${headline}`);
  expect(copied).toMatch(/\nRemedy: \S/);
});

test("the printed page drops the navigation, the tools and the timeline older than a day", async ({ page }) => {
  await page.goto(`/helpdesk/users/${userId}`);
  const rows = page.getByTestId("timeline-event");
  await expect(rows).toHaveCount(2);
  await page.emulateMedia({ media: "print" });
  // Emulating print media does not fire beforeprint; a real print does.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy summary" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Filter the timeline" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Diagnosis" })).toBeVisible();
  await expect(page.locator(`[data-row-id="${recent.id}"]`)).toBeVisible();
  await expect(page.locator(`[data-row-id="${older.id}"]`)).toBeHidden();

  // On A4 the diagnosis and the day's timeline fit on two pages at most.
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(`[data-row-id="${older.id}"]`)).toBeVisible();
});
