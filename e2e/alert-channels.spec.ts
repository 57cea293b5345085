import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";

/** An admin creates a webhook channel to a receiver on loopback, sends a test, reads the log, deletes it. */

let server: Server;
let url = "";
const received: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push(body);
      res.statusCode = 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("an admin creates a webhook, sees its secret once, sends a test and deletes it", async ({ page }) => {
  const name = `E2E hook ${Date.now().toString(36)}`;
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  await page.goto("/alerts/channels");
  await expect(page.getByRole("heading", { name: "Alert channels" })).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("URL").fill(url);
  await page.getByRole("button", { name: "Create channel" }).click();
  const secret = page.getByTestId("new-channel-secret");
  await expect(secret).toHaveText(/^whsec_/);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(secret).toHaveCount(0);

  const row = page.getByTestId(`channel-${name}`);
  await row.getByRole("button", { name: `Send test to ${name}` }).click();
  await expect(page.getByText("Test delivered (200)")).toBeVisible();
  expect(received.some((body) => body.includes('"test":true'))).toBe(true);

  await row.getByRole("button", { name: `Delivery log of ${name}` }).click();
  const log = page.getByRole("table", { name: `Deliveries to ${name}` });
  await expect(log.getByText("Delivered")).toBeVisible();

  await row.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete channel" }).click();
  await expect(page.getByText(`Channel “${name}” deleted`)).toBeVisible();
  await expect(row).toHaveCount(0);
});
