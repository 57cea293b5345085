import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";

/** A loopback port with nothing listening: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("Test connectivity shows each step live and what users would see", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const port = await closedPort();
  const created = await page.request.post("/api/v1/groups", {
    data: {
      name: `E2E connectivity ${randomUUID().slice(0, 8)}`,
      settings: {
        pushNotifications: true,
        networkAccess: "unrestricted",
        backgroundNetworkServices: [],
        gateway: null,
        ewsHost: `127.0.0.1:${port}`,
        activeSyncHost: `127.0.0.1:${port}`,
        lockScreenNotifications: "allow",
        authentication: "password",
        intuneManaged: false,
        acceptAllSslCertificates: false,
        pushRegion: null,
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/policies/${id}`);
  await page.getByRole("button", { name: "Test connectivity" }).click();
  const results = page.getByRole("list", { name: "Connectivity results" });
  await expect(results).toBeVisible();
  const steps = results.getByRole("list", { name: /Steps for/ });
  await expect(steps.first()).toContainText("TCP");
  // Nothing listens there: the connection is refused, which users would see as a failed channel.
  await expect(results).toContainText("channel_failed", { timeout: 20_000 });
  await expect(results).toContainText("You have new mail");

  // The run is stored: it is listed after a reload.
  await page.reload();
  const history = page.getByRole("list", { name: "Last connectivity tests" });
  await expect(history.getByRole("listitem").first()).toBeVisible();
});
