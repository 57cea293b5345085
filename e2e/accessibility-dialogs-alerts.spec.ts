import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN } from "./support/accounts";
import { buttonNamed, checkDialog, alertDialogNamed, dialogNamed, expectNoViolations, newSession, okJson, settled, shareSession } from "./support/axe";

/**
 * axe-core on the alert rule and alert channel dialogs, and on a channel's shown-once secret, test
 * result and delivery log, in light and dark at 1440 and 1024 px: zero WCAG 2.1 A/AA violations,
 * and focus back on the opener after Escape.
 */

const RUN = randomUUID().slice(0, 8);
const RULE = `A11y rule ${RUN}`;
const HOOK = `A11y hook ${RUN}`;
let admin: APIRequestContext;
let receiver: Server;
let hookUrl = "";

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await newSession(playwright, testInfo.project.use, ADMIN);
  await okJson(admin.post("/api/v1/alerts/rules", { data: { name: RULE, kind: "cause_rate", groupId: null, config: { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10 } } }));
  // A webhook receiver on loopback, so "Send test" has somewhere to deliver.
  receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await okJson(admin.post("/api/v1/alert-channels", { data: { kind: "webhook", name: HOOK, url: hookUrl } }));
});

test.afterAll(async () => {
  await admin?.dispose();
  if (receiver) await new Promise((resolve) => receiver.close(resolve));
});

test.describe.configure({ timeout: 120_000 });

test("new alert rule", ({ page }) => checkDialog(page, admin, { path: "/alerts", opener: buttonNamed("New rule"), dialog: dialogNamed("New alert rule") }));

test("edit alert rule", ({ page }) => checkDialog(page, admin, { path: "/alerts", opener: buttonNamed(`Edit ${RULE}`), dialog: dialogNamed(`Edit rule “${RULE}”`) }));

test("delete alert rule", ({ page }) => checkDialog(page, admin, { path: "/alerts", opener: buttonNamed(`Delete ${RULE}`), dialog: (p) => p.getByRole("alertdialog") }));

test("delete alert channel", ({ page }) => checkDialog(page, admin, { path: "/alerts/channels", opener: buttonNamed(`Delete ${HOOK}`), dialog: alertDialogNamed(`Delete “${HOOK}”?`) }));

test("alert channel: shown-once secret, test sent, delivery log", async ({ page }) => {
  await shareSession(admin, page.context());
  await expectNoViolations(page, async (combo) => {
    await page.goto("/alerts/channels");
    await settled(page);
    await page.getByLabel("Name").fill(`A11y new hook ${combo.colorScheme} ${combo.width} ${RUN}`);
    await page.getByLabel("URL").fill(hookUrl);
    await page.getByRole("button", { name: "Create channel" }).click();
    await expect(page.getByTestId("new-channel-secret")).toBeVisible();
    const row = page.getByTestId(`channel-${HOOK}`);
    await row.getByRole("button", { name: `Send test to ${HOOK}` }).click();
    await expect(page.getByText(/Test delivered/).first()).toBeVisible();
    await row.getByRole("button", { name: `Delivery log of ${HOOK}` }).click();
    await expect(page.getByRole("table", { name: `Deliveries to ${HOOK}` })).toBeVisible();
    await settled(page);
  });
});
