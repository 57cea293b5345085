import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN, signInThroughUi } from "./support/accounts";
import { createTlsRateRuleInUi } from "./support/alert-rules";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "../lib/alerts/channels/webhook-signature";
import { startWebhookReceiver } from "../lib/alerts/channels/testing/loopback-receivers";
import { DEMO_GROUPS } from "../lib/seed/demo-groups";
import { defaultBursts, burstEndMs, type Burst } from "../lib/simulator/bursts";
import { generateEvents } from "../lib/simulator/events";
import { generateFleet } from "../lib/simulator/fleet";
import { sendFleet } from "../lib/simulator/send";
import type { IngestEvent } from "../lib/telemetry/schemas";

/**
 * The end-to-end case: an admin creates a rate rule and a webhook; the simulator's
 * Exchange certificate burst fires it; the alert shows as firing with its evidence, and resolves
 * when the burst is over. The events are the simulator's own (its fleet, its generator, its
 * sender against the ingestion API); the webhook goes to a receiver on loopback that checks the
 * signature of the fired and the resolved notice with the secret the console showed once.
 */

const RUN = randomUUID().slice(0, 8);
const GROUP = `E2E simulated burst ${RUN}`;
const RULE = `Exchange certificate ${RUN}`;
const HOOK = `E2E burst hook ${RUN}`;
/** The simulated period ends now and fits inside the rule's 15-minute window. */
const PERIOD_MINUTES = 14;
/** About this many notifications in the period, so both phases fit one ingestion request (at most 1,000 events). */
const PERIOD_EVENTS = 400;
/** A seed of this run's own: the simulator's device and event ids follow from it, so a rerun on the same database adds, never duplicates. */
const SEED = parseInt(RUN, 16) % 2 ** 31;

let admin: APIRequestContext;
let token: string;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function ok(response: Promise<APIResponse>): Promise<APIResponse> {
  const done = await response;
  expect(done.ok(), `${done.status()} ${await done.text()}`).toBeTruthy();
  return done;
}

test.beforeAll(async ({ playwright }, testInfo) => {
  receiver = await startWebhookReceiver([200]);
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: testInfo.project.use.extraHTTPHeaders });
  await ok(admin.post("/api/session", { data: ADMIN }));
  token = ((await (await ok(admin.post("/api/v1/tokens", { data: { name: `e2e simulated burst ${RUN}` } }))).json()) as { secret: string }).secret;
  // A group of its own with the demo Sales settings, so no other spec's events share its window.
  await ok(admin.post("/api/v1/groups", { data: { name: GROUP, settings: salesSettings() } }));
});

test.afterAll(async () => {
  // The channel goes, so later alerts of other specs are not delivered to a closed receiver.
  const { channels } = (await (await admin.get("/api/v1/alert-channels")).json()) as { channels: { id: string; name: string }[] };
  for (const channel of channels.filter((entry) => entry.name === HOOK)) await admin.delete(`/api/v1/alert-channels/${channel.id}`);
  const rules = (await (await admin.get("/api/v1/alerts/rules")).json()) as { rules: { id: string; name: string }[] };
  for (const rule of rules.rules.filter((entry) => entry.name === RULE)) await admin.delete(`/api/v1/alerts/rules/${rule.id}`);
  await admin.dispose();
  await receiver.close();
});

function salesSettings() {
  return DEMO_GROUPS.find((group) => group.name === "Sales")!.settings;
}

/**
 * The simulator's Exchange certificate incident (defaultBursts), moved into this spec's group and
 * over the first tenth of the period's notifications, so its share of the whole period ends well
 * under the rule's 20%. The simulator's rate is a day's average that the hour of day then shapes,
 * so it is scaled from a first draw to give about PERIOD_EVENTS whenever the test runs; a burst
 * changes outcomes, never arrival times, so the draw without it places the burst's end.
 */
function simulatedPeriod(now: Date) {
  const fleet = generateFleet({ users: 40, seed: SEED, groups: [GROUP], domain: `burst-${RUN}.example` });
  const play = (ratePerMinute: number, bursts: Burst[]) =>
    [...generateEvents({ fleet, days: PERIOD_MINUTES / 1_440, seed: SEED, now, ratePerMinute, groupSettings: { [GROUP]: salesSettings() }, bursts })];
  const ratePerMinute = (30 * PERIOD_EVENTS) / Math.max(play(30, []).length, 1);
  const arrivals = play(ratePerMinute, []);
  const startsAt = new Date(now.getTime() - PERIOD_MINUTES * 60_000);
  const endsAt = Date.parse(arrivals[Math.ceil(arrivals.length / 10)]!.occurredAt);
  const incident = defaultBursts(now).find((burst) => burst.cause === "exchange_tls_failed")!;
  const burst: Burst = { ...incident, group: GROUP, startsAt, durationMinutes: (endsAt - startsAt.getTime()) / 60_000 };
  return { fleet, burst, events: play(ratePerMinute, [burst]) };
}

/** What the rule counts in its window: the group's rich-path notifications (sync ones left out) and those with the cause. */
function counted(events: IngestEvent[]) {
  const causeCount = events.filter((event) => event.cause === "exchange_tls_failed").length;
  const total = events.filter((event) => event.outcome !== "sync").length;
  return { causeCount, total, ratePercent: Math.round((causeCount / total) * 1_000) / 10 };
}

/** Webhook requests received for this rule with the given type, each checked against the channel's secret. */
function noticesOf(type: "alert.firing" | "alert.resolved", secret: string) {
  return receiver.received
    .map((request) => ({ request, payload: JSON.parse(request.body) as { type: string; alert: { ruleName: string; groupName: string; evidence: Record<string, unknown> } } }))
    .filter(({ payload }) => payload.type === type && payload.alert.ruleName === RULE)
    .map(({ request, payload }) => {
      const timestamp = String(request.headers[TIMESTAMP_HEADER.toLowerCase()]);
      const signature = String(request.headers[SIGNATURE_HEADER.toLowerCase()]);
      return { payload, signed: verifyWebhookSignature(secret, timestamp, request.body, signature), forged: verifyWebhookSignature(`${secret}x`, timestamp, request.body, signature) };
    });
}

test("the simulator's Exchange certificate burst fires an admin's rate rule, notifies its webhook, and resolves when the burst ends", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInThroughUi(page, ADMIN.email, ADMIN.password);

  // The webhook, to the loopback receiver; its signing secret is shown once.
  await page.goto("/alerts/channels");
  await page.getByLabel("Name").fill(HOOK);
  await page.getByLabel("URL").fill(receiver.url);
  await page.getByRole("button", { name: "Create channel" }).click();
  const shownSecret = page.getByTestId("new-channel-secret");
  await expect(shownSecret).toHaveText(/^whsec_/);
  const secret = (await shownSecret.textContent())!.trim();
  await page.getByRole("button", { name: "Done" }).click();

  // The rate rule.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts", exact: true }).click();
  const rule = await createTlsRateRuleInUi(page, { name: RULE, group: GROUP });
  await expect(rule).toContainText("None");

  // The simulator's fleet in this group and its events over the last 14 minutes, the burst first.
  const { fleet, burst, events } = simulatedPeriod(new Date());
  const during = events.filter((event) => Date.parse(event.occurredAt) < burstEndMs(burst));
  const after = events.filter((event) => Date.parse(event.occurredAt) >= burstEndMs(burst));
  // One request per phase (batch above their size), so an evaluation never sees half a phase.
  const send = async (part: IngestEvent[]) => {
    expect(part.length).toBeLessThanOrEqual(1_000);
    const summary = await sendFleet({ baseUrl: baseURL!, token, fleet, events: part, batchSize: 1_000 });
    expect({ accepted: summary.accepted, rejected: summary.rejected }).toEqual({ accepted: part.length, rejected: 0 });
  };

  // The burst is on: everything sent so far lies inside it.
  await send(during);
  const fired = counted(during);
  expect(fired.causeCount, "the burst fails enough notifications to fire").toBeGreaterThanOrEqual(10);
  await page.getByRole("button", { name: "Evaluate now" }).click();
  const alert = page.getByTestId(`alert-${RULE}`);
  await expect(alert).toContainText("Firing");
  await expect(alert).toContainText(GROUP);
  const evidence = alert.getByTestId("alert-evidence").first();
  await expect(evidence).toContainText(`${fired.ratePercent}% (threshold 20%)`);
  await expect(evidence).toContainText(`${fired.causeCount} of ${fired.total} notifications`);
  await expect(rule).toContainText("1 firing");
  await expect.poll(() => noticesOf("alert.firing", secret).length, { timeout: 20_000 }).toBe(1);
  const [firing] = noticesOf("alert.firing", secret);
  expect(firing).toMatchObject({ signed: true, forged: false, payload: { alert: { groupName: GROUP, evidence: { causeCount: fired.causeCount, total: fired.total } } } });

  // Past the burst's end: the rest of the period, no more Exchange failures, dilutes it below 20%.
  await send(after);
  const resolved = counted(events);
  expect(resolved.ratePercent, "the period after the burst brings the share under the threshold").toBeLessThanOrEqual(20);
  await page.getByRole("button", { name: "Evaluate now" }).click();
  await expect(alert).toContainText("Resolved");
  await expect(alert.getByTestId("alert-evidence").first()).toContainText(`${resolved.ratePercent}% (threshold 20%)`);
  await expect(alert.getByTestId("alert-evidence").first()).toContainText(`${resolved.causeCount} of ${resolved.total} notifications`);
  await expect(rule).toContainText("None");
  await expect.poll(() => noticesOf("alert.resolved", secret).length, { timeout: 20_000 }).toBe(1);
  expect(noticesOf("alert.resolved", secret)[0]).toMatchObject({ signed: true, forged: false, payload: { alert: { evidence: { causeCount: resolved.causeCount, total: resolved.total } } } });
  expect(noticesOf("alert.firing", secret)).toHaveLength(1);
});
