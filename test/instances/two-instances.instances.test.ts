import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "@/lib/alerts/channels/webhook-signature";
import { startWebhookReceiver } from "@/lib/alerts/channels/testing/loopback-receivers";
import { deviceSnapshotBody } from "@/lib/domain/testing/device-facts";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { call, signIn, startDeployment, type Deployment } from "./app-instances";

/**
 * Two `next start` processes of the production build against one PostgreSQL, as a deployment
 * with two instances runs: each starts its own pg-boss, and both evaluate alerts. The minutely
 * alert evaluation must run once per cron slot, not once per instance, and a burst must open one
 * alert with one "fired" notice and one webhook delivery, however many evaluations race for it.
 * Decided by what the queue settled and the database holds, not by timing.
 */
const base = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [base + 10, base + 20];
const RUN = randomUUID().slice(0, 8);
/** Two cron slots are a minute apart, and a slot's job is sent up to 30 s late (the cron monitor). */
const SLOTS_TIMEOUT_MS = 170_000;

let deployment: Deployment;
let pool: pg.Pool;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const startedAt = new Date();

type Counted = { name: string; state: string; slot: string | null; data: { alertId?: string; state?: string } | null };
const settled = (names: string[]) =>
  pool
    .query<Counted>(
      `SELECT name, state::text, singleton_on::text AS slot, data FROM pgboss.job
        WHERE created_on >= $1 AND (name = ANY($2) OR singleton_key = ANY($3))`,
      [startedAt, names, names.map((name) => `${name}__`)],
    )
    .then((result) => result.rows);

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

// Two servers need a real PostgreSQL: the embedded database serves one connection.
describe.runIf(process.env.TEST_DATABASE_URL)("two app instances on one database", () => {
  beforeAll(async () => {
    receiver = await startWebhookReceiver([200]);
    deployment = await startDeployment(process.env.TEST_DATABASE_URL!, PORTS);
    pool = new pg.Pool({ connectionString: deployment.databaseUrl, max: 2 });
  }, 150_000);

  afterAll(async () => {
    await pool?.end();
    await deployment?.stop();
    await receiver?.close();
  }, 60_000);

  it("open one alert on a burst and send one fired notice, however many evaluations race", async () => {
    const [a, b] = deployment.instances.map((instance) => instance.origin) as [string, string];
    const cookie = await signIn(a);
    const { secret: token } = await call<{ secret: string }>(a, "/api/v1/tokens", { cookie, body: { name: `instances ${RUN}` } });
    const group = `Instances ${RUN}`;
    await call(a, "/api/v1/groups", { cookie, body: { name: group, settings: RICH_PUSH_SETTINGS } });
    const { groups } = await call<{ groups: { id: string; name: string }[] }>(b, "/api/v1/groups", { cookie });
    const groupId = groups.find((entry) => entry.name === group)!.id;
    const upn = `instances.${RUN}@instances.example`;
    const device = `dev-instances-${RUN}`;
    await call(a, "/api/v1/ingest/users", { bearer: token, body: { users: [{ upn, email: upn, displayName: "Instances Person", group }] } });
    await call(b, `/api/v1/ingest/devices/${device}`, { method: "PUT", bearer: token, body: deviceSnapshotBody(upn, new Date(Date.now() - 60_000)) });

    const { secret } = await call<{ secret: string }>(b, "/api/v1/alert-channels", { cookie, body: { kind: "webhook", name: `Hook ${RUN}`, url: receiver.url } });
    const rule = await call<{ id: string }>(a, "/api/v1/alerts/rules", {
      cookie,
      body: { kind: "cause_rate", name: `Burst ${RUN}`, groupId, config: { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10 } },
    });

    // The burst, half through each instance: 30 of 50 notifications fail with exchange_tls_failed.
    const events = (count: number, cause: string | null) =>
      Array.from({ length: count }, (_, index) => ({
        id: `evt-${randomUUID()}`,
        deviceId: device,
        occurredAt: new Date(Date.now() - (index % 60) * 1_000).toISOString(),
        outcome: cause ? "failure" : "rich",
        cause,
      }));
    await call(a, "/api/v1/ingest/events", { bearer: token, body: { events: [...events(15, "exchange_tls_failed"), ...events(10, null)] } });
    await call(b, "/api/v1/ingest/events", { bearer: token, body: { events: [...events(15, "exchange_tls_failed"), ...events(10, null)] } });

    // Both instances evaluate at once, three times over (and the minutely job may join in).
    for (let round = 0; round < 3; round += 1) {
      await Promise.all([a, b, a, b].map((origin) => call(origin, "/api/v1/alerts/evaluate", { cookie, body: {} })));
    }
    const isFired = (body: string) => body.includes('"type":"alert.firing"') && body.includes(rule.id);
    await until("the fired webhook", async () => receiver.received.some((request) => isFired(request.body)), 30_000);
    // Whatever else was queued has settled: no notice or delivery job left to run.
    await until(
      "the notice queues to settle",
      async () => (await settled(["alert-notice", "alert-delivery"])).every((job) => job.state === "completed" || job.state === "failed"),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const { alerts } = await call<{ alerts: { ruleId: string; state: string; history: unknown[] }[] }>(b, "/api/v1/alerts", { cookie });
    const ours = alerts.filter((alert) => alert.ruleId === rule.id);
    expect(ours.map((alert) => [alert.state, alert.history.length])).toEqual([["firing", 1]]);
    const notices = (await settled(["alert-notice"])).filter((job) => job.name === "alert-notice" && job.data?.state === "firing");
    expect(notices).toHaveLength(1);
    const fired = receiver.received.filter((request) => isFired(request.body));
    expect(fired).toHaveLength(1);
    const { headers, body } = fired[0]!;
    expect(verifyWebhookSignature(secret, String(headers[TIMESTAMP_HEADER.toLowerCase()]), body, String(headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(true);
  }, 90_000);

  it("run the minutely alert evaluation once per cron slot across both instances", async () => {
    // At least two slots' jobs settled, and none running, so runs and settled jobs can be compared.
    const queue = () => settled(["alert-evaluation"]);
    await until(
      "two settled cron slots",
      async () => {
        const jobs = await queue();
        const real = jobs.filter((job) => job.name === "alert-evaluation");
        return real.filter((job) => job.state === "completed").length >= 2 && real.every((job) => job.state === "completed");
      },
      SLOTS_TIMEOUT_MS,
    );
    // A run's log line is written before its job is marked completed; give stdout a moment, and
    // start over if the next slot's job began meanwhile.
    let jobs: Counted[] = [];
    let real: Counted[] = [];
    do {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      jobs = await queue();
      real = jobs.filter((job) => job.name === "alert-evaluation");
    } while (real.some((job) => job.state !== "completed"));
    const slots = jobs.filter((job) => job.name !== "alert-evaluation" && job.state === "completed").map((job) => job.slot);
    // Each instance's runs of the job (lib/boot/start-jobs.ts logs every run at debug).
    const runs = deployment.instances.map((instance) => instance.lines.filter((line) => line.includes('"job":"alert-evaluation"')).length);
    console.info(`alert-evaluation: ${real.length} jobs over ${slots.length} slots; runs per instance ${runs.join(" + ")}`);

    expect(real.length).toBeGreaterThanOrEqual(2);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(real.length);
    expect(slots).toHaveLength(real.length);
    expect(new Set(slots).size).toBe(slots.length);
  }, SLOTS_TIMEOUT_MS + 10_000);
});
