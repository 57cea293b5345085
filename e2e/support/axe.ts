import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type APIResponse, type BrowserContext, type Locator, type Page } from "@playwright/test";

/**
 * The accessibility bar of the console (issue "Tests"): zero axe violations of the WCAG 2.1 A/AA
 * rules, whatever their impact, on every page and dialog, in light and dark, at 1440 and 1024 px.
 */
export const WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type Combo = { colorScheme: "light" | "dark"; width: 1440 | 1024 };
export const COMBOS: Combo[] = [
  { colorScheme: "light", width: 1440 },
  { colorScheme: "dark", width: 1440 },
  { colorScheme: "light", width: 1024 },
  { colorScheme: "dark", width: 1024 },
];
const nameOf = (combo: Combo) => `${combo.colorScheme} ${combo.width}px`;

export async function applyCombo(page: Page, combo: Combo) {
  await page.setViewportSize({ width: combo.width, height: 800 });
  await page.emulateMedia({ colorScheme: combo.colorScheme });
}

/** Waits until no loading placeholder is left, so axe sees the content. */
export async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  // A placeholder of a part that loads only on demand may stay; give the rest time to arrive.
  await expect(page.locator("[data-skeleton]")).toHaveCount(0, { timeout: 5_000 }).catch(() => undefined);
}

/** Every WCAG 2.1 A/AA violation on the page as it is now, one line per element. */
export async function violations(page: Page, exclude: string[] = []): Promise<string[]> {
  // A dialog fading in is measured at its final colours; endless animations (a loading pulse) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`));
}

/**
 * Runs `check` in each of the four combinations and fails once at the end with every violation
 * found, so one run lists them all. `check` brings the page to the state to test and returns when
 * it is there; axe then runs on the whole page, and `after` (if any) runs next, e.g. to close a dialog.
 */
export async function expectNoViolations(
  page: Page,
  check: (combo: Combo) => Promise<void>,
  after?: (combo: Combo) => Promise<void>,
  exclude: string[] = [],
) {
  const found: string[] = [];
  for (const combo of COMBOS) {
    await applyCombo(page, combo);
    await check(combo);
    for (const line of await violations(page, exclude)) found.push(`[${nameOf(combo)} ${new URL(page.url()).pathname}] ${line}`);
    if (after) await after(combo);
  }
  expect(found, found.join("\n")).toEqual([]);
}

/** Signs `request` in with a password (no second factor) and fails on refusal. */
export async function signInRequest(request: APIRequestContext, credentials: { email: string; password: string }) {
  const response = await request.post("/api/session", { data: credentials });
  expect(response.ok(), `sign-in of ${credentials.email}: ${response.status()}`).toBeTruthy();
}

/** Gives a browser context the session cookies of a signed-in request context: no sign-in form per test. */
export async function shareSession(from: APIRequestContext, to: BrowserContext) {
  const { cookies } = await from.storageState();
  await to.addCookies(cookies);
}

/** A request context for the test server, signed in with `credentials`. */
export async function newSession(
  playwright: { request: { newContext: (options: { baseURL?: string; extraHTTPHeaders?: Record<string, string> }) => Promise<APIRequestContext> } },
  use: { baseURL?: string; extraHTTPHeaders?: Record<string, string> },
  credentials?: { email: string; password: string },
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL: use.baseURL, extraHTTPHeaders: use.extraHTTPHeaders });
  if (credentials) await signInRequest(request, credentials);
  return request;
}

export type DialogCheck = {
  path: string;
  /** The button that opens the dialog; it is clicked unless `open` says otherwise. */
  opener: (page: Page) => Locator;
  open?: (page: Page, opener: Locator) => Promise<void>;
  dialog: (page: Page) => Locator;
  /** After Escape, to leave the page as it was (e.g. undo a draft change). */
  cleanUp?: (page: Page) => Promise<void>;
};

/**
 * Opens the dialog in each combination as `session`'s account, runs axe on the page with it open,
 * then presses Escape: the dialog closes and focus is back on the button that opened it.
 */
export async function checkDialog(page: Page, session: APIRequestContext, check: DialogCheck) {
  await shareSession(session, page.context());
  await expectNoViolations(
    page,
    async () => {
      await page.goto(check.path);
      await settled(page);
      const opener = check.opener(page);
      await (check.open ? check.open(page, opener) : opener.click());
      await expect(check.dialog(page)).toBeVisible();
    },
    async () => {
      await page.keyboard.press("Escape");
      await expect(check.dialog(page)).toHaveCount(0);
      await expect(check.opener(page)).toBeFocused();
      if (check.cleanUp) await check.cleanUp(page);
    },
  );
}

export const dialogNamed = (name: string | RegExp) => (page: Page) => page.getByRole("dialog", { name });
export const alertDialogNamed = (name: string | RegExp) => (page: Page) => page.getByRole("alertdialog", { name });
export const buttonNamed = (name: string) => (page: Page) => page.getByRole("button", { name, exact: true });

/** The JSON of a successful answer; fails the test with the status and body otherwise. */
export async function okJson<T>(response: Promise<APIResponse>): Promise<T> {
  const done = await response;
  expect(done.ok(), `${done.url()} ${done.status()} ${await done.text()}`).toBeTruthy();
  return (await done.json()) as T;
}
