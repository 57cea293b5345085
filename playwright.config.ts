import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = process.env.E2E_PORT ?? "3100";
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium where present (no browser download needed), else Playwright's own browser. */
function chromiumLaunchOptions() {
  const args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args };
  if (!process.env.PLAYWRIGHT_BROWSERS_PATH && !existsSync(`${process.env.HOME}/.cache/ms-playwright`)) {
    throw new Error(
      "No browser for the end-to-end tests: install Chromium (Debian: `apt-get install -y chromium`) or Playwright's browser (`npx playwright install chromium`).",
    );
  }
  return { args };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The API requests tests make themselves (request fixture) come "from the console", as a
    // browser's would: cookie writes without a same-origin Origin are refused (CSRF).
    extraHTTPHeaders: { origin: `http://127.0.0.1:${PORT}` },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: PORT },
  },
});
