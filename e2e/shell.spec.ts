import { expect, test } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";

test.use({ viewport: { width: 1024, height: 768 } });

test("the shell fits 1024 px and is usable by keyboard alone", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const audit = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" });
  for (let i = 0; i < 10 && !(await audit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(audit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/audit$/);
  await expect(audit).toHaveAttribute("aria-current", "page");
});

test("follows the system's dark preference", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  // Tailwind 4 colours compute as oklch(L C H) (lightness first) or rgb(r, g, b).
  const luminance = (color: string) => {
    const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
    return color.startsWith("oklch") ? numbers[0]! : numbers.slice(0, 3).reduce((a, b) => a + b, 0) / 765;
  };
  expect(luminance(dark)).toBeLessThan(luminance(light));
});

test("pages carry a nonce-based Content-Security-Policy and run under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  // The form only works once React has hydrated, which needs every script to pass the policy.
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  expect(violations).toEqual([]);
  const api = await page.request.get("/api/health");
  expect(api.headers()["cache-control"]).toContain("no-store");
});

test("the search menu is not in the first load, and Ctrl-K opens it on the first press", async ({ page }) => {
  await signInThroughUi(page, ADMIN.email, ADMIN.password);
  // Every script the page fetches up to its load event, with its text.
  const firstLoad: Promise<string>[] = [];
  let loaded = false;
  page.on("response", (response) => {
    if (!loaded && response.request().resourceType() === "script") firstLoad.push(response.text().catch(() => ""));
  });
  page.once("load", () => (loaded = true));
  await page.goto("/audit", { waitUntil: "load" });
  const scripts = await Promise.all(firstLoad);
  expect(scripts.length).toBeGreaterThan(3);
  // The menu's own class names: in its lazily loaded module only.
  expect(scripts.filter((text) => text.includes("cmdk-group-heading"))).toHaveLength(0);

  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Search users, groups and pages" });
  await expect(input).toBeFocused();
  await input.fill("Aud");
  await expect(page.getByRole("option", { name: "Audit", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(input).toHaveCount(0);
});
