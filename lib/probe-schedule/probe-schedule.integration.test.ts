import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/groups/[id]/probe-schedule/route";
import type { Role } from "@/lib/auth/permissions";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { listProbeRuns } from "@/lib/probe-runs/list-probe-runs";
import { createLoopbackPki, type LoopbackPki } from "@/lib/probe-runs/testing/loopback-pki";
import { createGroupWithoutSettings, createProbeTestGroup } from "@/lib/probe-runs/testing/probe-test-group";
import { findDueGroupIds } from "@/lib/probe-schedule/find-due-groups";
import { runProbeScheduleTick } from "@/lib/probe-schedule/run-probe-schedule-tick";
import { EWS_ANSWERS, closeAll, startEwsServer, type RunningServer } from "@/lib/probes/testing/loopback-servers";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";

// Read lazily by env() at the first run: a check then costs at most 1.5 s per target.
process.env.PROBE_BUDGET_MS = "1500";

const servers: RunningServer[] = [];
const NOW = new Date("2026-06-01T12:00:00Z");
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
let pki: LoopbackPki;
let signIns = 0;

async function scheduledRunAt(groupId: string, startedAt: Date) {
  await db().probeRun.create({ data: { groupId, trigger: "scheduled", startedAt, finishedAt: startedAt } });
}

async function sessionOf(role: Role): Promise<Headers> {
  const user = await makeCaller(role);
  signIns += 1;
  const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip: `203.0.113.${signIns}`, requestId: null });
  return cookieHeaders(response);
}

function call(handler: typeof GET | typeof PUT, groupId: string, headers: Headers, body?: unknown) {
  const init = new Headers(headers);
  init.set("accept", "application/json");
  if (body !== undefined) init.set("content-type", "application/json");
  const request = new Request(`http://localhost/api/v1/groups/${groupId}/probe-schedule`, {
    method: handler === GET ? "GET" : "PUT",
    headers: init,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({ id: groupId }) });
}

beforeAll(async () => {
  pki = await createLoopbackPki();
});
afterAll(() => closeAll(servers));
// Every group with settings is due by default: each test starts from groups that are all off,
// so the ones it creates are the only candidates.
beforeEach(async () => {
  const groups = await db().deliveryGroup.findMany({ select: { id: true } });
  for (const { id } of groups) {
    await db().probeSchedule.upsert({ where: { groupId: id }, create: { groupId: id, enabled: false }, update: { enabled: false } });
  }
});

describe("findDueGroupIds", () => {
  it("due: never checked, or the last scheduled run an interval ago; not due: recent, disabled, or without settings", async () => {
    const never = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const hourAgo = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const recent = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const shortInterval = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const disabled = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const manualOnly = await createProbeTestGroup({ ewsHost: "127.0.0.1:1" });
    const bare = await createGroupWithoutSettings();
    await scheduledRunAt(hourAgo.id, minutesBefore(61));
    await scheduledRunAt(recent.id, minutesBefore(30));
    await scheduledRunAt(shortInterval.id, minutesBefore(30));
    await db().probeSchedule.create({ data: { groupId: shortInterval.id, enabled: true, intervalMinutes: 15 } });
    await db().probeSchedule.create({ data: { groupId: disabled.id, enabled: false } });
    // A manual run does not count as the scheduled one.
    await db().probeRun.create({ data: { groupId: manualOnly.id, startedAt: minutesBefore(1) } });

    const due = await findDueGroupIds(NOW, 50);

    // Never-checked groups first (by id), then the longest waiting.
    expect(due).toEqual([...[never.id, manualOnly.id].sort(), hourAgo.id, shortInterval.id]);
    expect(due).not.toContain(recent.id);
    expect(due).not.toContain(disabled.id);
    expect(due).not.toContain(bare.id);
    expect(await findDueGroupIds(NOW, 1)).toHaveLength(1);
  });
});

describe("runProbeScheduleTick", () => {
  it("checks a due group against its loopback host and stores a scheduled run with the certificate's days to expiry", async () => {
    const server = await startEwsServer(pki.valid, EWS_ANSWERS.authenticating);
    servers.push(server);
    const group = await createProbeTestGroup({ ewsHost: `127.0.0.1:${server.port}` });

    const tick = await runProbeScheduleTick();

    expect(tick).toEqual({ checked: [group.id], failed: [] });
    const { runs } = await listProbeRuns(await makeCaller("auditor"), group.id, {});
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({ trigger: "scheduled", actorEmail: null, status: "finished" });
    // No CA bundle on a schedule: the test CA is not a public root, yet the certificate is still read.
    expect(run!.certificates).toEqual([
      { kind: "ews", host: "127.0.0.1", port: server.port, validTo: expect.any(String), daysToExpiry: expect.any(Number) },
    ]);
    expect(run!.certificates[0]!.daysToExpiry).toBeGreaterThanOrEqual(29);
    expect(run!.certificates[0]!.daysToExpiry).toBeLessThanOrEqual(30);
    expect(await db().auditEntry.count({ where: { targetId: group.id } })).toBe(0);

    // Checked now, so not due again until its interval has passed.
    expect(await runProbeScheduleTick()).toEqual({ checked: [], failed: [] });
  });

  it("checks at most 5 groups per tick", async () => {
    for (let i = 0; i < 6; i += 1) await createProbeTestGroup({ ewsHost: "169.254.169.254" });

    const tick = await runProbeScheduleTick();

    expect(tick.checked).toHaveLength(5);
    expect((await runProbeScheduleTick()).checked).toHaveLength(1);
  });
});

describe("probe schedule API", () => {
  it("reads the default, saves a change audited as policy.check_schedule, and names bad fields", async () => {
    const group = await createGroupWithoutSettings();
    const admin = await sessionOf("admin");

    const initial = await call(GET, group.id, await sessionOf("helpdesk"));
    expect(initial.status).toBe(200);
    expect(await initial.json()).toMatchObject({ groupId: group.id, enabled: true, intervalMinutes: 60, isDefault: true, lastScheduledRunAt: null });

    const saved = await call(PUT, group.id, admin, { enabled: false, intervalMinutes: 120 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ enabled: false, intervalMinutes: 120, isDefault: false, updatedByEmail: expect.any(String) });
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "policy.check_schedule", targetId: group.id } });
    expect(audit.details).toMatchObject({ before: { enabled: true, intervalMinutes: 60, isDefault: true }, after: { enabled: false, intervalMinutes: 120 } });

    const tooShort = await call(PUT, group.id, admin, { enabled: true, intervalMinutes: 5 });
    expect(tooShort.status).toBe(422);
    expect(await tooShort.json()).toMatchObject({ error: { fields: [{ field: "intervalMinutes" }] } });
    const missing = await call(PUT, group.id, admin, { intervalMinutes: 60 });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ error: { fields: [{ field: "enabled" }] } });
  });

  it("answers 403 to helpdesk on write and changes nothing", async () => {
    const group = await createGroupWithoutSettings();

    const response = await call(PUT, group.id, await sessionOf("helpdesk"), { enabled: false, intervalMinutes: 60 });

    expect(response.status).toBe(403);
    expect(await db().probeSchedule.count({ where: { groupId: group.id } })).toBe(0);
  });
});
