import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { ADMIN, createAccount, signInThroughUi } from "./support/accounts";
import { afterNextFrame } from "./support/frames";
import { deviceSnapshotBody } from "../lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "../lib/domain/testing/rich-push-settings";

/**
 * The helpdesk answering "why don't I get mail notifications?". Each scenario is set up through
 * the public API like a real tenant: a delivery group (policies), an ingestion token, then users,
 * devices and notification events from the telemetry feed.
 */

const RUN = randomUUID().slice(0, 8);
const STEPS = ["push_received", "container_read", "gateway_connect", "exchange_connect", "ews_fetch", "shown"] as const;
const CAUSE_STEP: Record<string, (typeof STEPS)[number]> = {
  exchange_tls_failed: "exchange_connect",
  container_locked: "container_read",
  credentials_unavailable: "container_read",
};
const FAILURES = new Set(["exchange_tls_failed", "credentials_unavailable"]);


type Events = { cause: string | null; minutesAgo: number }[];
const series = (count: number, start: number, every: number, cause: string | null = null): Events =>
  Array.from({ length: count }, (_, index) => ({ cause, minutesAgo: start + index * every }));

type Scenario = { key: string; users?: number; settings?: object; device?: object; events?: Events };

const SCENARIOS = {
  tlsBurst: { key: "certburst", users: 4, events: [...series(3, 60 * 20, 60), ...series(4, 5, 8, "exchange_tls_failed")] },
  mailOff: { key: "mailoff", device: { mailNotificationsEnabled: false } },
  iosOff: { key: "iosoff", device: { iosNotificationsAllowed: false } },
  derived: { key: "derived", device: { derivedCredentials: true } },
  lowPower: { key: "lowpower", settings: { intuneManaged: true }, device: { lowPowerMode: true } },
  restarts: { key: "restarts", events: [...series(2, 60 * 8, 60), ...series(5, 10, 8, "container_locked"), { cause: "credentials_unavailable", minutesAgo: 55 }] },
  modernAuth: { key: "modernauth", settings: { authentication: "modern_auth_o365" } },
  longTimeline: { key: "timeline", events: series(60, 30, 10) },
  // 55 identical failures 15 s apart: more than the timeline's first page of 50.
  repeats: { key: "repeats", events: series(55, 1, 0.25, "exchange_tls_failed") },
} satisfies Record<string, Scenario>;
type ScenarioName = keyof typeof SCENARIOS;

const upnOf = (key: string, index = 0) => `${key}.${RUN}.${index}@e2e.example`;
const deviceOf = (key: string, index = 0) => `dev-${key}-${RUN}-${index}`;

function eventFor(deviceId: string, { cause, minutesAgo }: Events[number]) {
  const failing = cause ? CAUSE_STEP[cause]! : null;
  const steps = [];
  for (const step of STEPS) {
    steps.push({ step, durationMs: step === failing ? 600 : 80, ok: step !== failing });
    if (step === failing) break;
  }
  const outcome = cause ? (FAILURES.has(cause) ? "failure" : "generic") : "rich";
  const occurredAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return { id: `evt-${randomUUID()}`, deviceId, occurredAt, outcome, cause, failedStep: failing, steps, badgeCount: 4 };
}

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

/** Creates the scenario's group, users, devices and events; returns the users' directory ids. */
async function seed(api: APIRequestContext, token: string, scenario: Scenario): Promise<string[]> {
  const group = `E2E ${scenario.key} ${RUN}`;
  await ok(api.post("/api/v1/groups", { data: { name: group, settings: { ...RICH_PUSH_SETTINGS, ...scenario.settings } } }));
  const bearer = { authorization: `Bearer ${token}` };
  const indexes = [...Array(scenario.users ?? 1).keys()];
  const users = indexes.map((index) => ({ upn: upnOf(scenario.key, index), email: upnOf(scenario.key, index), displayName: `${scenario.key} Person${index}`, group }));
  await ok(api.post("/api/v1/ingest/users", { headers: bearer, data: { users } }));
  const events = [];
  for (const index of indexes) {
    const snapshot = deviceSnapshotBody(upnOf(scenario.key, index), new Date(Date.now() - 60_000), scenario.device);
    await ok(api.put(`/api/v1/ingest/devices/${deviceOf(scenario.key, index)}`, { headers: bearer, data: snapshot }));
    events.push(...(scenario.events ?? []).map((spec) => eventFor(deviceOf(scenario.key, index), spec)));
  }
  if (events.length > 0) await ok(api.post("/api/v1/ingest/events", { headers: bearer, data: { events } }));

  const ids = [];
  for (const user of users) {
    const found = (await (await ok(api.get(`/api/v1/users?query=${encodeURIComponent(user.upn)}`))).json()) as { users: { id: string }[] };
    ids.push(found.users[0]!.id);
  }
  return ids;
}

/**
 * Identical notifications are grouped within one day of the viewer's zone. The seeded runs lie in
 * the last 30 minutes; in the hour after midnight UTC the browser runs on Tokyo time, so a run
 * never straddles the browser's midnight and the groups are the same at any hour.
 */
test.use({ timezoneId: new Date().getUTCHours() >= 1 ? "UTC" : "Asia/Tokyo" });

/** The timeline's own rows: single notifications and groups of identical ones, not the notifications inside an open group. */
const timelineRows = (page: Page) => page.getByRole("list", { name: "Notifications, newest first", exact: true }).locator(":scope > li");

let admin: APIRequestContext;
let token: string;
const ids = {} as Record<ScenarioName, string[]>;

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await ok(admin.post("/api/session", { data: ADMIN }));
  token = ((await (await ok(admin.post("/api/v1/tokens", { data: { name: `e2e helpdesk ${RUN}` } }))).json()) as { secret: string }).secret;
  for (const name of Object.keys(SCENARIOS) as ScenarioName[]) ids[name] = await seed(admin, token, SCENARIOS[name]);
});

test.afterAll(async () => admin?.dispose());

test.beforeEach(async ({ page, request }) => {
  const helpdesk = await createAccount(request, "helpdesk");
  await signInThroughUi(page, helpdesk.email, helpdesk.password);
});

test("search finds a user by part of the email, and the keyboard opens them", async ({ page }) => {
  await page.goto("/helpdesk");
  const box = page.getByRole("combobox", { name: "Find a user by name, email or UPN" });
  await box.fill(`ailoff.${RUN}`);
  const option = page.getByRole("option", { name: new RegExp(upnOf("mailoff").replace(/\./g, "\\.")) });
  await expect(option).toBeVisible();
  await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/helpdesk/users/${ids.mailOff[0]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("mailoff Person0");

  // The group badge leads to the group's policy.
  await page.getByRole("link", { name: `Policy of E2E mailoff ${RUN}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E mailoff ${RUN}` })).toBeVisible();
});

const EXPECTED: [ScenarioName, RegExp][] = [
  // The burst's share is taken from its first failure on: all 16 notifications since then failed.
  ["tlsBurst", /every notification for users in E2E certburst .* fails with exchange_tls_failed$/],
  ["mailOff", /Mail Notifications is switched off in Secure Mail on iPhone 15/],
  ["iosOff", /^iOS notifications for Secure Mail are not allowed on iPhone 15, so nothing is shown there$/],
  ["derived", /^Rich push is unsupported for derived Person0: iPhone 15 is enrolled with derived credentials$/],
  ["restarts", /restarted and was not yet unlocked/],
  ["modernAuth", /^Rich push is unsupported: the group uses Modern authentication with Office 365$/],
];

for (const [name, headline] of EXPECTED) {
  test(`the diagnosis leads with the right cause: ${name}`, async ({ page }) => {
    await page.goto(`/helpdesk/users/${ids[name][0]}`);
    await expect(page.getByTestId("lead-finding").getByRole("heading")).toHaveText(headline);
    await expect(page.getByTestId("lead-finding")).toContainText("What to do");
  });
}

test("Low Power Mode without rich push follows the rule that rules rich push out", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.lowPower[0]}`);
  await expect(page.getByTestId("lead-finding")).toHaveAttribute("data-finding-id", "rule:intune-integration");
  const next = page.getByRole("list", { name: "Other findings" }).getByRole("listitem").first();
  await expect(next).toHaveAttribute("data-finding-id", "device:low_power_mode");
  await expect(next).toContainText("in Low Power Mode: without rich push, notifications may not arrive");
  // The lead rule names Low Power Mode, the reference's most common case, among the reasons.
  await expect(page.getByTestId("lead-finding")).toContainText("in Low Power Mode, the most common case");
});

test("advice beyond the reference is shown under its own Field guidance label", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.iosOff[0]}`);
  const lead = page.getByTestId("lead-finding");
  await expect(lead).toHaveAttribute("data-finding-id", "device:ios_notifications_not_allowed");
  await expect(lead).toContainText("Secure Mail asks at installation or upgrade");
  const guidance = lead.getByRole("note", { name: /Field guidance/ });
  await expect(guidance).toContainText("In iOS Settings > Notifications > Secure Mail, turn on Allow Notifications.");
  await expect(lead.getByText("What to do").locator("..")).not.toContainText("iOS Settings >");
});

test("identical notifications in a row are one row, ×N with their time span, that the keyboard opens into each", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.tlsBurst[1]}`);
  // The four TLS failures are one row; the three rich notifications (each a mail of its own) stay apart.
  await expect(timelineRows(page)).toHaveCount(4);
  const group = timelineRows(page).first();
  await expect(group).toHaveAttribute("data-testid", "timeline-group");
  await expect(group).toContainText("exchange_tls_failed");
  await expect(group).toContainText("×4");
  await expect(group.getByTestId("group-span")).toHaveText(/^\d{1,2}:\d{2}:\d{2}.* – \d{1,2}:\d{2}:\d{2}/);
  await expect(page.getByTestId("timeline-event")).toHaveCount(3);

  const toggle = group.locator(":scope > button");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const inside = group.getByRole("list", { name: "4 identical notifications, newest first" }).getByTestId("timeline-event");
  await expect(inside).toHaveCount(4);
  await expect(inside.first()).toContainText("exchange_tls_failed");
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(inside).toHaveCount(0);
});

test("a group of identical notifications continues onto the next loaded page", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.repeats[0]}`);
  // The first page holds 50; the row stays one while the next page (in view at once) adds the rest.
  const group = page.getByTestId("timeline-group");
  await expect(group).toHaveAttribute("data-count", /^(50|55)$/);
  // Reading down to the row brings the end of the list near: the next page loads and joins the group.
  await group.scrollIntoViewIfNeeded();
  await expect(group).toHaveAttribute("data-count", "55");
  await expect(timelineRows(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Load older notifications" })).toHaveCount(0);
});

test("the timeline expands into the path with the failing step and the exact message", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.tlsBurst[1]}`);
  await timelineRows(page).first().locator(":scope > button").click();
  const first = page.getByTestId("timeline-event").first();
  await expect(first).toContainText("exchange_tls_failed");
  const toggle = first.getByRole("button");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const path = first.getByRole("list", { name: "Path of this notification" });
  await expect(path.locator('[data-step="exchange_connect"]')).toHaveAttribute("data-status", "failed");
  await expect(path.locator('[data-step="gateway_connect"]')).toHaveAttribute("data-status", "ok");
  // The quotation marks come from <q>, not from the text.
  await expect(first.getByText("The user saw:")).toContainText("Secure Mail is unable to connect securely to your mail server. Please contact your administrator.");
});

test("new events appear at the top without a reload, the rows shown staying in place", async ({ page }) => {
  const post = (deviceId: string, cause: string) =>
    ok(admin.post("/api/v1/ingest/events", { headers: { authorization: `Bearer ${token}` }, data: { events: [eventFor(deviceId, { cause, minutesAgo: 0 })] } }));
  await page.goto(`/helpdesk/users/${ids.tlsBurst[2]}`);
  // The group of four TLS failures on top, then three rich notifications.
  const rows = timelineRows(page);
  await expect(rows).toHaveCount(4);
  // Marks that a reload or a re-rendered list would lose.
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
    document.querySelector('ol[aria-label="Notifications, newest first"] > li')!.setAttribute("data-seen", "yes");
  });
  await post(deviceOf("certburst", 2), "container_locked");
  await expect(rows).toHaveCount(5, { timeout: 15_000 });
  await expect(rows.first()).toContainText("container_locked");
  await expect(rows.nth(1)).toHaveAttribute("data-seen", "yes");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // A timeline that was empty picks up its first event too.
  await page.goto(`/helpdesk/users/${ids.modernAuth[0]}`);
  await expect(page.getByText("No notifications reported yet")).toBeVisible();
  await post(deviceOf("modernauth"), "container_locked");
  await expect(rows.first()).toContainText("container_locked", { timeout: 15_000 });
});

test("infinite scroll loads older events, and a new one does not move the rows being read", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.longTimeline[0]}`);
  const rows = page.getByTestId("timeline-event");
  await expect(rows).toHaveCount(50);
  await rows.nth(49).scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(60);
  const reading = rows.nth(40);
  await reading.scrollIntoViewIfNeeded();
  const before = (await reading.boundingBox())!.y;
  const event = eventFor(deviceOf("timeline"), { cause: "container_locked", minutesAgo: 0 });
  await ok(admin.post("/api/v1/ingest/events", { headers: { authorization: `Bearer ${token}` }, data: { events: [event] } }));
  await expect(rows).toHaveCount(61, { timeout: 15_000 });
  await expect(rows.first()).toHaveAttribute("data-row-id", event.id);
  // The row being read is now the 42nd, and it stays where it was on screen. The correction runs
  // in the ResizeObserver step of the frame after the insert, before that frame is painted; the
  // row count can be read between the two, so measure what the next painted frame shows.
  await afterNextFrame(page);
  expect(Math.abs((await rows.nth(41).boundingBox())!.y - before)).toBeLessThan(2);
});

test("each view of a user is in the audit log with who looked", async ({ page }) => {
  await page.goto(`/helpdesk/users/${ids.derived[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("derived Person0");
  const viewer = await page.getByTestId("signed-in-user").textContent();
  const audit = await (await ok(admin.get(`/api/v1/audit?action=directory.user_view&targetId=${ids.derived[0]}`))).json();
  expect(audit.entries.map((entry: { actorEmail: string }) => entry.actorEmail)).toContain(viewer);
});


const filters = (page: Page) => page.getByRole("form", { name: "Filter the timeline" });

test("timeline filters and the opened notification are in the link: a new browser opens the same view, Back steps through it", async ({ page, browser }) => {
  const userId = ids.tlsBurst[3]!;
  await page.goto(`/helpdesk/users/${userId}`);
  const rows = page.getByTestId("timeline-event");
  await expect(timelineRows(page)).toHaveCount(4);
  await filters(page).getByLabel("Outcome").selectOption("failure");
  await filters(page).getByLabel("Cause").selectOption("exchange_tls_failed");
  // The four failures are one group; opened, it lists each.
  await expect(timelineRows(page)).toHaveCount(1);
  await timelineRows(page).first().locator(":scope > button").click();
  await expect(rows).toHaveCount(4);
  const opened = rows.nth(2);
  const openedId = await opened.getAttribute("data-row-id");
  await opened.getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`event=${openedId}`));
  const params = new URL(page.url()).searchParams;
  expect([params.get("outcome"), params.get("cause")]).toEqual(["failure", "exchange_tls_failed"]);

  // Pasted into another browser (the same helpdesk agent, signed in there too).
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const pasted = await other.newPage();
  await pasted.goto(page.url());
  await expect(filters(pasted).getByLabel("Outcome")).toHaveValue("failure");
  await expect(filters(pasted).getByLabel("Cause")).toHaveValue("exchange_tls_failed");
  // The linked notification is inside the group: the group opens by itself to show it.
  await expect(pasted.getByTestId("timeline-group").locator(":scope > button")).toHaveAttribute("aria-expanded", "true");
  await expect(pasted.getByTestId("timeline-event")).toHaveCount(4);
  await expect(pasted.locator(`[data-row-id="${openedId}"]`).getByRole("button")).toHaveAttribute("aria-expanded", "true");
  await other.close();

  // Back closes the notification, then undoes the cause, then the outcome.
  await page.goBack();
  await expect(page.locator(`[data-row-id="${openedId}"]`).getByRole("button")).toHaveAttribute("aria-expanded", "false");
  await page.goBack();
  await expect(filters(page).getByLabel("Cause")).toHaveValue("");
  await expect(filters(page).getByLabel("Outcome")).toHaveValue("failure");
  await page.goBack();
  await expect(filters(page).getByLabel("Outcome")).toHaveValue("");
  await expect(timelineRows(page)).toHaveCount(4);
  await page.goForward();
  await expect(filters(page).getByLabel("Outcome")).toHaveValue("failure");
});
