import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { db } from "@/lib/db/client";
import { createBoss } from "@/lib/jobs/create-boss";
import { JOBS } from "@/lib/jobs/job-names";
import { onRealPostgres } from "@/lib/ingest/testing/ingest-fixtures";
import { makeGroup } from "@/lib/policies/testing/group-factory";
import { updateGroupSettings } from "@/lib/policies/update-group-settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { makeCaller } from "@/test/support/factories";
import { createAlertRule } from "./create-alert-rule";
import { deleteAlertRule } from "./delete-alert-rule";
import { evaluateAlerts } from "./evaluate-alerts";
import { listAlerts } from "./list-alerts";
import { alertNoticeSchema } from "./notice";
import { runAlertEvaluation } from "./run-alert-evaluation";
import { alertsOf, insertEvents } from "./testing/alert-fixtures";
import { updateAlertRule } from "./update-alert-rule";

const MINUTE = 60_000;
let pool: pg.Pool;
let boss: PgBoss;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  boss = createBoss({ pool });
  await boss.start();
  // The channels' worker owns this queue; the test creates it to read what evaluation sends.
  await boss.createQueue(JOBS.alertNotice.name);
});

afterAll(async () => {
  await boss.stop({ graceful: false }).catch(() => undefined);
  await pool.end();
});

async function rateRule(groupId: string, overrides: Record<string, unknown> = {}) {
  const admin = await makeCaller("admin");
  const rule = await createAlertRule(admin, {
    kind: "cause_rate",
    name: "Exchange TLS",
    groupId,
    config: { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10, ...overrides },
  });
  return { admin, rule };
}

/** Notices on the queue for one alert, taken off it (as the channels' worker would). */
async function noticesOf(alertId: string) {
  const jobs = await boss.fetch<unknown>(JOBS.alertNotice.name, { batchSize: 100 });
  const notices = jobs.map((job) => alertNoticeSchema.parse(job.data));
  return notices.filter((notice) => notice.alertId === alertId);
}

describe("cause-rate alerts", () => {
  it("fire once for a burst, stay one alert when evaluated again, resolve when the burst ends, and hand both changes to the channels", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const { rule } = await rateRule(group.id);
    const now = new Date();
    // 30 of 100 rich-path notifications (30%) fail with the cause; the syncs are not counted.
    await insertEvents(group.id, now, [{ cause: "exchange_tls_failed", count: 30 }, { count: 70 }, { outcome: "sync", count: 400 }]);

    await runAlertEvaluation(boss, now);
    await runAlertEvaluation(boss, new Date(now.getTime() + MINUTE));
    const [fired, ...others] = await alertsOf(rule.id);
    expect(others).toHaveLength(0);
    expect(fired).toMatchObject({ state: "firing", groupId: group.id, groupName: group.name });
    expect(fired!.evidence).toMatchObject({ cause: "exchange_tls_failed", ratePercent: 30, causeCount: 30, total: 100, windowMinutes: 15, thresholdPercent: 20 });
    expect(fired!.events.map((event) => event.state)).toEqual(["firing"]);

    // 16 minutes on, the window has slid past the burst.
    const later = new Date(now.getTime() + 16 * MINUTE);
    await runAlertEvaluation(boss, later);
    const [resolved] = await alertsOf(rule.id);
    expect(resolved).toMatchObject({ state: "resolved", openKey: null, resolvedAt: later });
    expect(resolved!.events.map((event) => [event.state, (event.evidence as { causeCount: number }).causeCount])).toEqual([
      ["firing", 30],
      ["resolved", 0],
    ]);

    const notices = await noticesOf(fired!.id);
    expect(notices.map((notice) => notice.state).sort()).toEqual(["firing", "resolved"]);
    const firing = notices.find((notice) => notice.state === "firing")!;
    expect(firing).toMatchObject({ ruleId: rule.id, ruleName: "Exchange TLS", kind: "cause_rate", groupName: group.name, resolvedAt: null });
    expect(firing.summary).toContain("30% (30 of 100)");
    expect(await db().alertEvent.count({ where: { alertId: fired!.id, notifiedAt: null } })).toBe(0);

    const viewed = (await listAlerts(await makeCaller("helpdesk"), { state: "resolved" })).find((alert) => alert.id === fired!.id);
    expect(viewed?.history.map((entry) => entry.state)).toEqual(["firing", "resolved"]);
  });

  it("does not fire below the minimum count, even at 100%", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const { rule } = await rateRule(group.id);
    const now = new Date();
    await insertEvents(group.id, now, [{ cause: "exchange_tls_failed", count: 9 }]);
    await evaluateAlerts(now);
    expect(await alertsOf(rule.id)).toHaveLength(0);
    // The tenth reaches the minimum.
    await insertEvents(group.id, now, [{ cause: "exchange_tls_failed", count: 1 }]);
    await evaluateAlerts(now);
    expect((await alertsOf(rule.id)).map((alert) => alert.state)).toEqual(["firing"]);
  });

  it("resolves a firing alert when the rule is raised above the burst's share", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const { rule } = await rateRule(group.id);
    const now = new Date();
    await insertEvents(group.id, now, [{ cause: "exchange_tls_failed", count: 30 }, { count: 70 }]);
    await evaluateAlerts(now);
    await updateAlertRule(admin, rule.id, { kind: "cause_rate", name: rule.name, groupId: group.id, config: { ...rule.config, thresholdPercent: 50 } });
    await evaluateAlerts(now);
    expect((await alertsOf(rule.id)).map((alert) => alert.state)).toEqual(["resolved"]);
    const audit = await db().auditEntry.findMany({ where: { targetId: rule.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["alert_rule.create", "alert_rule.update"]);
    await deleteAlertRule(admin, rule.id);
    expect(await db().auditEntry.count({ where: { targetId: rule.id, action: "alert_rule.delete" } })).toBe(1);
  });
});

describe.runIf(onRealPostgres)("two evaluators at once", () => {
  it("open one alert between them", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const { rule } = await rateRule(group.id);
    const now = new Date();
    await insertEvents(group.id, now, [{ cause: "exchange_tls_failed", count: 40 }, { count: 60 }]);
    // Two app instances would each run this; Promise.all sends both on separate pooled connections.
    const runs = await Promise.all([evaluateAlerts(now), evaluateAlerts(now), evaluateAlerts(now)]);
    const alerts = await alertsOf(rule.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.events).toHaveLength(1);
    expect(runs.every((run) => run.firing >= 1)).toBe(true);
  });
});

describe("verdict-flip alerts", () => {
  it("fire when a policy save takes rich push away, once, and resolve when a later save gives it back", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const rule = await createAlertRule(admin, { kind: "verdict_flip", name: "Verdict", groupId: group.id, config: {} });

    await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, pushNotifications: false });
    const flip = await db().verdictFlip.findFirstOrThrow({ where: { groupId: group.id } });
    expect(flip).toMatchObject({ action: "policy.update", fromVersion: 1, toVersion: 2, richPushSupported: false, evaluatedAt: null });

    await evaluateAlerts();
    await evaluateAlerts();
    const [fired, ...others] = await alertsOf(rule.id);
    expect(others).toHaveLength(0);
    expect(fired).toMatchObject({ state: "firing", groupName: group.name });
    expect(fired!.evidence).toMatchObject({ richPushSupported: false, action: "policy.update", toVersion: 2, actorEmail: admin.email });

    // A change that keeps the verdict records no flip.
    await updateGroupSettings(admin, group.id, 2, { ...RICH_PUSH_SETTINGS, pushNotifications: false, intuneManaged: !RICH_PUSH_SETTINGS.intuneManaged });
    expect(await db().verdictFlip.count({ where: { groupId: group.id } })).toBe(1);

    await updateGroupSettings(admin, group.id, 3, RICH_PUSH_SETTINGS);
    await evaluateAlerts();
    const [resolved] = await alertsOf(rule.id);
    expect(resolved!.events.map((event) => event.state)).toEqual(["firing", "resolved"]);
    expect(resolved!.evidence).toMatchObject({ richPushSupported: true, toVersion: 4 });
  });
});

describe("alert permissions", () => {
  it("let helpdesk and auditors read but not manage rules", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const { rule } = await rateRule(group.id);
    for (const role of ["helpdesk", "auditor"] as const) {
      const caller = await makeCaller(role);
      await expect(listAlerts(caller, {})).resolves.toBeInstanceOf(Array);
      const input = { kind: "verdict_flip", name: "x", groupId: null, config: {} };
      await expect(createAlertRule(caller, input)).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateAlertRule(caller, rule.id, input)).rejects.toMatchObject({ code: "forbidden" });
      await expect(deleteAlertRule(caller, rule.id)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("refuse a rule for a group that does not exist with a 422 naming groupId", async () => {
    const admin = await makeCaller("admin");
    const input = { kind: "verdict_flip", name: "x", groupId: "00000000-0000-4000-8000-000000000000", config: {} };
    await expect(createAlertRule(admin, input)).rejects.toMatchObject({ code: "validation_failed", extra: { fields: [{ field: "groupId" }] } });
  });
});
