import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { createTlsRateRuleInUi } from "./support/alert-rules";
import { deviceSnapshotBody } from "../lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "../lib/domain/testing/rich-push-settings";

/**
 * An admin's rate rule on the Alerts page, fed by the ingestion API like a real fleet: a burst of
 * Exchange TLS failures fires it with its evidence, and rich notifications that follow resolve it.
 * "Evaluate now" runs the same evaluation as the minutely job, so the test does not wait for a minute.
 */

const RUN = randomUUID().slice(0, 8);
const GROUP = `E2E alerts ${RUN}`;
const RULE = `TLS burst ${RUN}`;
const UPN = `alerts.${RUN}@e2e.example`;
const DEVICE = `dev-alerts-${RUN}`;

let admin: APIRequestContext;
let token: string;

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

function events(count: number, cause: string | null) {
  return Array.from({ length: count }, (_, index) => ({
    id: `evt-${randomUUID()}`,
    deviceId: DEVICE,
    occurredAt: new Date(Date.now() - (index % 120) * 1_000).toISOString(),
    outcome: cause ? "failure" : "rich",
    cause,
  }));
}

const ingest = (batch: object[]) => ok(admin.post("/api/v1/ingest/events", { headers: { authorization: `Bearer ${token}` }, data: { events: batch } }));

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await ok(admin.post("/api/session", { data: ADMIN }));
  token = ((await (await ok(admin.post("/api/v1/tokens", { data: { name: `e2e alerts ${RUN}` } }))).json()) as { secret: string }).secret;
  await ok(admin.post("/api/v1/groups", { data: { name: GROUP, settings: RICH_PUSH_SETTINGS } }));
  const bearer = { authorization: `Bearer ${token}` };
  await ok(admin.post("/api/v1/ingest/users", { headers: bearer, data: { users: [{ upn: UPN, email: UPN, displayName: "Alerts Person", group: GROUP }] } }));
  await ok(admin.put(`/api/v1/ingest/devices/${DEVICE}`, { headers: bearer, data: deviceSnapshotBody(UPN, new Date(Date.now() - 60_000)) }));
});

test.afterAll(async () => admin?.dispose());

test("an admin's rate rule fires on a burst with its evidence, and resolves when the burst is over", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();

  const rule = await createTlsRateRuleInUi(page, { name: RULE, group: GROUP });
  await expect(rule).toContainText("exchange_tls_failed above 20% of notifications over 15 min (at least 10)");
  await expect(rule).toContainText("None");

  // The burst: 30 of 50 notifications fail with exchange_tls_failed (60%).
  await ingest([...events(30, "exchange_tls_failed"), ...events(20, null)]);
  await page.getByRole("button", { name: "Evaluate now" }).click();
  const alert = page.getByTestId(`alert-${RULE}`);
  await expect(alert).toContainText("Firing");
  await expect(alert).toContainText(GROUP);
  const evidence = alert.getByTestId("alert-evidence").first();
  await expect(evidence).toContainText("60% (threshold 20%)");
  await expect(evidence).toContainText("30 of 50 notifications");
  await expect(evidence).toContainText("15 min");
  await expect(rule).toContainText("1 firing");

  // Evaluated again while the burst lasts: still one alert.
  await ok(admin.post("/api/v1/alerts/evaluate"));
  const listed = (await (await ok(admin.get("/api/v1/alerts?state=firing"))).json()) as { alerts: { ruleName: string; history: unknown[] }[] };
  expect(listed.alerts.filter((entry) => entry.ruleName === RULE).map((entry) => entry.history.length)).toEqual([1]);

  // The burst is over: 300 rich notifications bring the share to 30 of 350 (8.6%).
  await ingest(events(300, null));
  await page.getByRole("button", { name: "Evaluate now" }).click();
  await expect(alert).toContainText("Resolved");
  await expect(alert.getByTestId("alert-evidence").first()).toContainText("8.6% (threshold 20%)");
  await alert.getByText("History (2)").click();
  await expect(alert.getByText(/^Fired /)).toBeVisible();
  await expect(alert.getByText(/^Resolved /)).toBeVisible();
  await expect(rule).toContainText("None");

  // Deleting the rule asks first.
  await page.getByRole("button", { name: `Delete ${RULE}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete rule" }).click();
  await expect(rule).toHaveCount(0);
  await expect(alert).toHaveCount(0);
});

test("an admin creates a certificate expiry rule with its days, and edits it", async ({ page }) => {
  const name = `Certificates ${RUN}`;
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/alerts");
  await page.getByRole("button", { name: "New rule" }).click();
  const form = page.getByRole("form", { name: "New alert rule" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Kind").selectOption({ label: "Certificate expiry" });
  await form.getByLabel("Group").selectOption({ label: GROUP });
  await expect(form.getByLabel("Expires within (days)")).toHaveValue("30");
  await form.getByLabel("Expires within (days)").fill("14");
  await form.getByRole("button", { name: "Create rule" }).click();

  const rule = page.getByTestId(`alert-rule-${name}`);
  await expect(rule).toContainText("Certificate expiry");
  await expect(rule).toContainText("a certificate seen by the latest scheduled check expires within 14 days");
  const stored = (await (await ok(admin.get("/api/v1/alerts/rules"))).json()) as { rules: { name: string; kind: string; config: unknown }[] };
  expect(stored.rules.find((entry) => entry.name === name)).toMatchObject({ kind: "certificate_expiry", config: { withinDays: 14 } });

  await page.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("form", { name: "Edit alert rule" });
  await expect(edit.getByLabel("Expires within (days)")).toHaveValue("14");
  await edit.getByLabel("Expires within (days)").fill("60");
  await edit.getByRole("button", { name: "Save rule" }).click();
  await expect(rule).toContainText("expires within 60 days");

  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete rule" }).click();
  await expect(rule).toHaveCount(0);
});
