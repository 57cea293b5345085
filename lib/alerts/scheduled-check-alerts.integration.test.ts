import { X509Certificate } from "node:crypto";
import pg from "pg";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRuleRoute } from "@/app/api/v1/alerts/rules/route";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { createBoss } from "@/lib/jobs/create-boss";
import { JOBS } from "@/lib/jobs/job-names";
import { listProbeRuns } from "@/lib/probe-runs/list-probe-runs";
import { createProbeTestGroup } from "@/lib/probe-runs/testing/probe-test-group";
import { runProbeScheduleTick } from "@/lib/probe-schedule/run-probe-schedule-tick";
import { closeAll, closedPort, EWS_ANSWERS, startEwsServer, type RunningServer } from "@/lib/probes/testing/loopback-servers";
import { createLeafExpiringIn } from "@/lib/probes/testing/test-certificates";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { createAlertRule } from "./create-alert-rule";
import { alertNoticeSchema } from "./notice";
import { runAlertEvaluation } from "./run-alert-evaluation";
import { alertsOf } from "./testing/alert-fixtures";

// Read lazily by env() at the first run: a check then costs at most 1.5 s per target.
process.env.PROBE_BUDGET_MS = "1500";

const MINUTE = 60_000;
const LOOPBACK = "127.0.0.1";
const servers: RunningServer[] = [];
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
  await closeAll(servers);
  await boss.stop({ graceful: false }).catch(() => undefined);
  await pool.end();
});

// Every group with settings is due by default: each test turns the schedule off for the groups
// already there, so the tick checks only the ones it creates.
beforeEach(async () => {
  const groups = await db().deliveryGroup.findMany({ select: { id: true } });
  for (const { id } of groups) {
    await db().probeSchedule.upsert({ where: { groupId: id }, create: { groupId: id, enabled: false }, update: { enabled: false } });
  }
});

/**
 * The schedule's real tick; `minutesOn` moves its clock past the hourly interval so the group is
 * due again (the run itself starts now, as the database stamps it).
 */
async function tick(groupId: string, minutesOn = 0) {
  const result = await runProbeScheduleTick({ now: new Date(Date.now() + minutesOn * MINUTE) });
  expect(result).toEqual({ checked: [groupId], failed: [] });
}

async function ewsServer(days: number) {
  const certificate = await createLeafExpiringIn(LOOPBACK, days);
  const server = await startEwsServer(certificate, EWS_ANSWERS.authenticating);
  servers.push(server);
  return { server, certificate };
}

async function noticesOf(alertId: string) {
  const jobs = await boss.fetch<unknown>(JOBS.alertNotice.name, { batchSize: 100 });
  return jobs.map((job) => alertNoticeSchema.parse(job.data)).filter((notice) => notice.alertId === alertId);
}

const validToOf = (pem: string) => new Date(new X509Certificate(pem).validTo).toISOString();

describe("certificate_expiry alerts", () => {
  it("fire once for a certificate 5 days from expiry under a 30-day rule, stay one alert, and resolve when the host is renewed", async () => {
    const admin = await makeCaller("admin");
    const { server, certificate } = await ewsServer(5);
    const group = await createProbeTestGroup({ ewsHost: `${LOOPBACK}:${server.port}` });
    const rule = await createAlertRule(admin, { kind: "certificate_expiry", name: "Certificates", groupId: group.id, config: { withinDays: 30 } });
    const everyGroup = await createAlertRule(admin, { kind: "certificate_expiry", name: "All certificates", groupId: null, config: {} });
    expect(everyGroup.config).toEqual({ withinDays: 30 });

    await tick(group.id);
    await runAlertEvaluation(boss);
    await runAlertEvaluation(boss, new Date(Date.now() + MINUTE));

    const [fired, ...others] = await alertsOf(rule.id);
    expect(others).toHaveLength(0);
    const { runs } = await listProbeRuns(admin, group.id, {});
    expect(fired).toMatchObject({ state: "firing", groupId: group.id, groupName: group.name, openKey: `${rule.id}:${group.id}:${LOOPBACK}:${server.port}` });
    // The certificate expires 5 days after it was issued, a moment before the evaluation: 4 whole days left.
    expect(fired!.evidence).toEqual({
      targetKind: "ews",
      host: LOOPBACK,
      port: server.port,
      withinDays: 30,
      certificate: { subject: `CN=${LOOPBACK}`, validTo: validToOf(certificate.cert), daysLeft: 4, fingerprint256: expect.any(String) },
      runId: runs[0]!.id,
      checkedAt: runs[0]!.startedAt,
    });
    expect(fired!.events.map((event) => event.state)).toEqual(["firing"]);
    expect((await alertsOf(everyGroup.id)).filter((alert) => alert.groupId === group.id).map((alert) => alert.state)).toEqual(["firing"]);

    // Renewed in place for 90 days; the next scheduled check (an hour on) sees it.
    const renewed = await createLeafExpiringIn(LOOPBACK, 90);
    server.setCertificate(renewed);
    await tick(group.id, 61);
    await runAlertEvaluation(boss);

    const [resolved] = await alertsOf(rule.id);
    expect(resolved).toMatchObject({ id: fired!.id, state: "resolved", openKey: null });
    expect(resolved!.evidence).toMatchObject({ certificate: { validTo: validToOf(renewed.cert), daysLeft: 89 } });
    expect(resolved!.events.map((event) => event.state)).toEqual(["firing", "resolved"]);
    const notices = await noticesOf(fired!.id);
    expect(notices.map((notice) => notice.state).sort()).toEqual(["firing", "resolved"]);
    const firing = notices.find((notice) => notice.state === "firing")!;
    expect(firing).toMatchObject({ kind: "certificate_expiry", ruleName: "Certificates", groupName: group.name });
    expect(firing.summary).toBe(
      `Certificate of EWS host ${LOOPBACK}:${server.port} in ${group.name} expires in 4 days (${validToOf(certificate.cert).slice(0, 10)}, CN=${LOOPBACK})`,
    );
  });

  it("stay open while the host cannot be reached, and resolve once the check no longer contacts it", async () => {
    const admin = await makeCaller("admin");
    const { server } = await ewsServer(5);
    const group = await createProbeTestGroup({ ewsHost: `${LOOPBACK}:${server.port}` });
    const rule = await createAlertRule(admin, { kind: "certificate_expiry", name: "Certificates", groupId: group.id, config: { withinDays: 30 } });
    await tick(group.id);
    await runAlertEvaluation(boss);
    expect((await alertsOf(rule.id)).map((alert) => alert.state)).toEqual(["firing"]);

    // Unreachable: no certificate seen, so nothing is known about a renewal.
    await server.close();
    await tick(group.id, 61);
    await runAlertEvaluation(boss);
    expect((await alertsOf(rule.id)).map((alert) => alert.state)).toEqual(["firing"]);

    // The group's Exchange host moved: the old host is not checked any more.
    const elsewhere = `${LOOPBACK}:${await closedPort()}`;
    await db().groupSettings.update({ where: { groupId: group.id }, data: { ewsHost: elsewhere, activeSyncHost: elsewhere } });
    await tick(group.id, 122);
    await runAlertEvaluation(boss);
    const [resolved] = await alertsOf(rule.id);
    expect(resolved).toMatchObject({ state: "resolved" });
    expect(resolved!.evidence).toMatchObject({ host: LOOPBACK, port: server.port, certificate: null });
  });
});

describe("scheduled_check_failed alerts", () => {
  it("fire when the latest scheduled check failed, quoting its step, stay one alert, and resolve when a later check passes", async () => {
    const admin = await makeCaller("admin");
    const unreachable = `${LOOPBACK}:${await closedPort()}`;
    const group = await createProbeTestGroup({ ewsHost: unreachable });
    const rule = await createAlertRule(admin, { kind: "scheduled_check_failed", name: "Checks", groupId: group.id, config: {} });
    expect(rule.config).toEqual({ afterFailures: 1 });

    await tick(group.id);
    await runAlertEvaluation(boss);
    await runAlertEvaluation(boss, new Date(Date.now() + MINUTE));

    const [fired, ...others] = await alertsOf(rule.id);
    expect(others).toHaveLength(0);
    const [run] = (await listProbeRuns(admin, group.id, {})).runs;
    const failedStep = run!.result!.results[0]!.steps.find((step) => step.status === "failed")!;
    expect(fired).toMatchObject({ state: "firing", openKey: `${rule.id}:${group.id}` });
    expect(fired!.evidence).toEqual({
      runId: run!.id,
      checkedAt: run!.startedAt,
      passed: false,
      consecutiveFailures: 1,
      afterFailures: 1,
      summary: run!.summary,
      failures: [
        {
          targetKind: "ews",
          host: LOOPBACK,
          port: Number(unreachable.split(":")[1]),
          step: failedStep.name,
          status: "failed",
          reason: failedStep.reason,
          detail: failedStep.detail,
          cause: run!.result!.results[0]!.cause,
        },
      ],
    });

    // A reachable host: its test certificate is no public root, but Accept all SSL certificates lets users past it.
    const { server } = await ewsServer(90);
    const reachable = `${LOOPBACK}:${server.port}`;
    await db().groupSettings.update({ where: { groupId: group.id }, data: { ewsHost: reachable, activeSyncHost: reachable, acceptAllSslCertificates: true } });
    await tick(group.id, 61);
    await runAlertEvaluation(boss);

    const [resolved] = await alertsOf(rule.id);
    expect(resolved!.events.map((event) => event.state)).toEqual(["firing", "resolved"]);
    expect(resolved!.evidence).toMatchObject({ passed: true, consecutiveFailures: 0, failures: [] });
    const notices = await noticesOf(fired!.id);
    expect(notices.map((notice) => [notice.kind, notice.state]).sort()).toEqual([
      ["scheduled_check_failed", "firing"],
      ["scheduled_check_failed", "resolved"],
    ]);
  });

  it("wait for the rule's failures in a row", async () => {
    const admin = await makeCaller("admin");
    const group = await createProbeTestGroup({ ewsHost: `${LOOPBACK}:${await closedPort()}` });
    const rule = await createAlertRule(admin, { kind: "scheduled_check_failed", name: "Checks twice", groupId: group.id, config: { afterFailures: 2 } });

    await tick(group.id);
    await runAlertEvaluation(boss);
    expect(await alertsOf(rule.id)).toHaveLength(0);

    await tick(group.id, 61);
    await runAlertEvaluation(boss);
    const [fired] = await alertsOf(rule.id);
    expect(fired).toMatchObject({ state: "firing" });
    expect(fired!.evidence).toMatchObject({ consecutiveFailures: 2, afterFailures: 2 });
  });
});

describe("rule parameters", () => {
  it("answer 422 naming the field for a bad withinDays or afterFailures", async () => {
    const admin = await makeCaller("admin");
    const session = cookieHeaders(await signIn({ email: admin.email, password: TEST_PASSWORD }, new Headers(), { ip: "203.0.113.90", requestId: null }));
    const post = (body: unknown) => {
      const headers = new Headers(session);
      headers.set("accept", "application/json");
      headers.set("content-type", "application/json");
      return createRuleRoute(new Request("http://localhost/api/v1/alerts/rules", { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
    };
    const cases: [string, Record<string, unknown>, string][] = [
      ["certificate_expiry", { withinDays: 0 }, "config.withinDays"],
      ["certificate_expiry", { withinDays: 366 }, "config.withinDays"],
      ["certificate_expiry", { withinDays: 2.5 }, "config.withinDays"],
      ["certificate_expiry", { withinDays: "30" }, "config.withinDays"],
      ["certificate_expiry", { days: 30 }, "config"],
      ["scheduled_check_failed", { afterFailures: 0 }, "config.afterFailures"],
      ["scheduled_check_failed", { afterFailures: 25 }, "config.afterFailures"],
    ];
    for (const [kind, config, field] of cases) {
      const response = await post({ kind, name: "Bad", groupId: null, config });
      expect(response.status, JSON.stringify(config)).toBe(422);
      const body = (await response.json()) as { error: { fields: { field: string }[] } };
      expect(body.error.fields.map((entry) => entry.field), JSON.stringify(config)).toEqual([field]);
    }
    const created = await post({ kind: "scheduled_check_failed", name: "Good", groupId: null, config: { afterFailures: 3 } });
    expect(created.status).toBe(201);
    expect(await db().auditEntry.count({ where: { action: "alert_rule.create", targetId: ((await created.json()) as { id: string }).id } })).toBe(1);
  });
});
