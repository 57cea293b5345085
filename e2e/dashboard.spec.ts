import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { deviceSnapshotBody } from "../lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "../lib/domain/testing/rich-push-settings";

/**
 * The dashboard over a range kept in the URL: a group whose users just had EWS timeouts shows
 * them in the outcome chart, and its segments and counts link to the affected users.
 */

const RUN = randomUUID().slice(0, 8);
const GROUP = `E2E dashboard ${RUN}`;
let groupId: string;

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await ok(admin.post("/api/session", { data: ADMIN }));
  ({ id: groupId } = (await (await ok(admin.post("/api/v1/groups", { data: { name: GROUP, settings: RICH_PUSH_SETTINGS } }))).json()) as { id: string });
  const { secret } = (await (await ok(admin.post("/api/v1/tokens", { data: { name: `e2e dashboard ${RUN}` } }))).json()) as { secret: string };
  const bearer = { authorization: `Bearer ${secret}` };
  const upn = `dashboard.${RUN}@e2e.example`;
  await ok(admin.post("/api/v1/ingest/users", { headers: bearer, data: { users: [{ upn, email: upn, displayName: `Dashboard ${RUN}`, group: GROUP }] } }));
  const deviceId = `dev-dashboard-${RUN}`;
  await ok(admin.put(`/api/v1/ingest/devices/${deviceId}`, { headers: bearer, data: deviceSnapshotBody(upn, new Date(Date.now() - 60_000)) }));
  const events = [10, 20, 30].map((minutesAgo) => ({
    id: `evt-${randomUUID()}`,
    deviceId,
    occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    outcome: "failure",
    cause: "ews_timeout",
  }));
  await ok(admin.post("/api/v1/ingest/events", { headers: bearer, data: { events } }));
  await admin.dispose();
});

test("the range lives in the URL, the charts draw it, and segments and counts lead to the affected users", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/?range=7d");
  const ranges = page.getByRole("navigation", { name: "Time range" });
  await expect(ranges.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Outcomes over time, last 7 days" })).toBeVisible();

  const outcomes = page.getByRole("figure", { name: "Outcomes over time" });
  const failureSegment = outcomes.locator('a[data-segment="failure"]').last();
  await expect(failureSegment).toBeVisible();
  expect(await failureSegment.getAttribute("href")).toMatch(/^\/dashboard\/affected\?outcome=failure&from=[^&]+&to=[^&]+$/);
  await expect(page.getByRole("figure", { name: "Top causes over time" }).locator('a[data-segment="ews_timeout"]').last()).toHaveAttribute(
    "href",
    /^\/dashboard\/affected\?cause=ews_timeout&from=/,
  );

  // The group's failure count links to its affected users in the same range.
  const groups = page.getByRole("table", { name: "Delivery groups, failing first" });
  const row = groups.getByRole("row").filter({ hasText: GROUP });
  await expect(row.getByRole("link", { name: "3", exact: true })).toHaveAttribute("href", new RegExp(`^/dashboard/affected\\?groupId=${groupId}&outcome=failure&from=`));

  await ranges.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/\/\?range=30d$/);
  await expect(page.getByRole("heading", { name: "Outcomes over time, last 30 days" })).toBeVisible();
  await page.reload();
  await expect(ranges.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
});
