import { randomUUID, X509Certificate } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createLoopbackPki } from "../lib/probe-runs/testing/loopback-pki";
import { EWS_ANSWERS, startEwsServer } from "../lib/probes/testing/loopback-servers";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { e2eDatabase, runScheduledCheckNow } from "./support/scheduled-check";

const DAY_MS = 86_400_000;

test("an admin changes the check schedule, it survives a reload, and the last scheduled check shows its steps and certificate", async ({ page }) => {
  const databaseUrl = e2eDatabase();
  test.skip(databaseUrl === null, "needs TEST_DATABASE_URL: the scheduled run is created in the e2e server's database");

  const pki = await createLoopbackPki();
  const exchange = await startEwsServer(pki.valid, EWS_ANSWERS.soap);
  try {
    await signInThroughUi(page, ADMIN.email, ADMIN.password);
    const created = await page.request.post("/api/v1/groups", {
      data: {
        name: `E2E schedule ${randomUUID().slice(0, 8)}`,
        settings: {
          pushNotifications: true,
          networkAccess: "unrestricted",
          backgroundNetworkServices: [],
          gateway: null,
          ewsHost: `127.0.0.1:${exchange.port}`,
          activeSyncHost: `127.0.0.1:${exchange.port}`,
          lockScreenNotifications: "allow",
          authentication: "password",
          intuneManaged: false,
          // The loopback CA is not a public root: scheduled checks send no extra bundle, so the app gets past it only this way.
          acceptAllSslCertificates: true,
          pushRegion: null,
        },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/policies/${id}`);
    const panel = page.getByRole("region", { name: "Scheduled checks" });
    const last = panel.getByTestId("last-scheduled-check");
    // Never checked yet: the empty state says the default schedule makes it due now.
    await expect(last).toContainText("No scheduled check yet");
    await expect(last).toContainText("The next scheduled check is due now");

    // By keyboard: the switch off and on again, then the interval, then save.
    const toggle = panel.getByRole("switch", { name: "Check on a schedule" });
    const interval = panel.getByLabel("Interval");
    await expect(toggle).toBeChecked();
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(toggle).not.toBeChecked();
    await expect(interval).toBeDisabled();
    await page.keyboard.press("Space");
    await expect(interval).toBeEnabled();
    await interval.selectOption({ label: "Every 6 hours" });
    await panel.getByRole("button", { name: "Save schedule" }).click();
    await expect(page.getByText("Check schedule saved")).toBeVisible();

    const expectedDays = Math.floor((Date.parse(new X509Certificate(pki.valid.cert).validTo) - Date.now()) / DAY_MS);
    await runScheduledCheckNow(databaseUrl!, id);

    await page.reload();
    await expect(panel.getByLabel("Interval")).toHaveValue("360");
    await expect(panel.getByRole("switch", { name: "Check on a schedule" })).toBeChecked();
    await expect(panel.getByRole("button", { name: "Save schedule" })).toBeDisabled();

    const results = last.getByRole("list", { name: "Results of the last scheduled check" });
    await expect(results.getByRole("list", { name: /Steps for EWS/ })).toContainText("TLS");
    await expect(last.getByRole("list", { name: "Certificates at the last scheduled check" })).toContainText(`certificate expires in ${expectedDays} days`);
    // Checked just now with a 6-hour interval: the next one is due later, at a time.
    await expect(last).toContainText("The next scheduled check is due at");
    const history = last.getByRole("table", { name: /Recent scheduled checks/ });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history.getByRole("row").nth(1)).toContainText(`${expectedDays} d`);
    // The scheduled run appears in the connectivity history as well, named as such.
    await expect(page.getByRole("list", { name: "Last connectivity tests" })).toContainText("scheduled check");
    // The EWS host was really contacted by the scheduled check.
    expect(exchange.requests.length).toBeGreaterThan(0);
  } finally {
    await exchange.close();
  }
});
