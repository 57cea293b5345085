import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listChannels, POST as createChannel } from "@/app/api/v1/alert-channels/route";
import { DELETE as deleteChannel, PATCH as updateChannel } from "@/app/api/v1/alert-channels/[id]/route";
import { GET as listDeliveries } from "@/app/api/v1/alert-channels/[id]/deliveries/route";
import { POST as sendTest } from "@/app/api/v1/alert-channels/[id]/test/route";
import type { PgBoss } from "pg-boss";
import type { AlertNotice } from "@/lib/alerts/notice";
import { publishAlertNotice } from "@/lib/alerts/publish-notice";
import { db, sqlPool } from "@/lib/db/client";
import { createBoss } from "@/lib/jobs/create-boss";
import { JOBS } from "@/lib/jobs/job-names";
import { registerJobs } from "@/lib/jobs/register-jobs";
import { logger } from "@/lib/log/logger";
import { sessionOf } from "@/test/support/helpdesk-api";
import { mailBody, mailHeader, startMailServer, startWebhookReceiver } from "./testing/loopback-receivers";
import { runDeliveryJob } from "./delivery-job";
import { fanOutNotice } from "./fan-out-notice";
import type { ChannelView, CreatedChannel, DeliveryView } from "./contract";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "./webhook-signature";
import { webhookPayloadSchema } from "./webhook-payload";

// Deliveries through the real queue (pg-boss on the app's pool, as the server runs it) to real
// receivers on loopback: an HTTP server that answers 500 then 200, and an SMTP server.

/** Calls the alert-channels route handlers as the app server would, with the given session headers. */

const url = (path: string) => `http://localhost/api/v1/alert-channels${path}`;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (headers: Headers, method: string, body: unknown) => {
  const with_ = new Headers(headers);
  with_.set("content-type", "application/json");
  return { method, headers: with_, body: JSON.stringify(body) };
};

export const channelsApi = {
  list: (headers: Headers) => listChannels(new Request(url(""), { headers })),
  create: (headers: Headers, body: unknown) => createChannel(new Request(url(""), json(headers, "POST", body))),
  update: (headers: Headers, id: string, body: unknown) => updateChannel(new Request(url(`/${id}`), json(headers, "PATCH", body)), params(id)),
  remove: (headers: Headers, id: string) => deleteChannel(new Request(url(`/${id}`), { method: "DELETE", headers }), params(id)),
  test: (headers: Headers, id: string) => sendTest(new Request(url(`/${id}/test`), { method: "POST", headers }), params(id)),
  deliveries: (headers: Headers, id: string) => listDeliveries(new Request(url(`/${id}/deliveries`), { headers }), params(id)),
};

let boss: PgBoss;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let admin: Headers;
const logged: string[] = [];

/** Waits for a condition the queue brings about; the bound only keeps a broken run from hanging. */
async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, boundMs = 45_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function notice(summary: string): AlertNotice {
  return {
    alertId: crypto.randomUUID(),
    ruleId: crypto.randomUUID(),
    ruleName: "TLS failures",
    kind: "cause_rate",
    state: "firing",
    groupId: crypto.randomUUID(),
    groupName: "Sales iPhones",
    summary,
    evidence: { cause: "exchange_tls_failed", rate: 0.31, threshold: 0.2, windowMinutes: 15 },
    firedAt: new Date().toISOString(),
    resolvedAt: null,
    url: "http://localhost:3000/alerts",
  };
}

async function created(response: Response): Promise<CreatedChannel> {
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedChannel;
}

beforeAll(async () => {
  for (const method of ["info", "warn", "error", "debug"] as const) {
    vi.spyOn(logger, method).mockImplementation((...args: unknown[]) => void logged.push(JSON.stringify(args)));
  }
  // Channels other test files left enabled would receive these notices too.
  await db().alertChannel.updateMany({ data: { enabled: false } });
  mail = await startMailServer();
  admin = await sessionOf("admin");
  boss = createBoss({ pool: sqlPool() });
  await boss.start();
  const smtp = { url: mail.url, from: "Console <alerts@example.test>" };
  await registerJobs(
    boss,
    {
      retentionPurge: async () => undefined,
      alertNotice: async (job) => void (await fanOutNotice(boss, job.data)),
      alertDelivery: async (job) => void (await runDeliveryJob(job, smtp)),
    },
    {},
    { alertDeliveryRetryDelaySeconds: 1 },
  );
});

afterAll(async () => {
  await boss?.stop({ graceful: false }).catch(() => undefined);
  await mail?.close();
  vi.restoreAllMocks();
});

describe("alert channels", () => {
  it("delivers a signed webhook, retries a 500 with back-off and logs both attempts", async () => {
    const receiver = await startWebhookReceiver([500, 200]);
    try {
      const { channel, secret } = await created(await channelsApi.create(admin, { kind: "webhook", name: `Hook ${crypto.randomUUID().slice(0, 6)}`, url: receiver.url }));
      expect(secret).toMatch(/^whsec_/);
      const sent = notice("31% of notifications in Sales iPhones failed with exchange_tls_failed");
      await publishAlertNotice(boss, sent);

      await until("the retried webhook", async () => receiver.received.length >= 2);
      for (const request of receiver.received) {
        const timestamp = String(request.headers[TIMESTAMP_HEADER.toLowerCase()]);
        const signature = String(request.headers[SIGNATURE_HEADER.toLowerCase()]);
        expect(verifyWebhookSignature(secret!, timestamp, request.body, signature)).toBe(true);
        expect(verifyWebhookSignature("whsec_wrong", timestamp, request.body, signature)).toBe(false);
        const payload = webhookPayloadSchema.parse(JSON.parse(request.body));
        expect(payload).toMatchObject({ type: "alert.firing", test: false, alert: sent });
      }
      // One delivery, retried: the same delivery id both times, and it is the pg-boss job's id.
      const deliveryId = String(receiver.received[0]!.headers[DELIVERY_HEADER.toLowerCase()]);
      expect(receiver.received[1]!.headers[DELIVERY_HEADER.toLowerCase()]).toBe(deliveryId);
      const job = await until("the job to complete", async () => {
        const found = await boss.getJobById(JOBS.alertDelivery.name, deliveryId);
        return found?.state === "completed" ? found : null;
      });
      expect(job).toMatchObject({ retryCount: 1, retryBackoff: true, retryDelay: 1, retryLimit: 5 });

      const deliveries = (await (await channelsApi.deliveries(admin, channel.id)).json()) as { deliveries: DeliveryView[] };
      expect(deliveries.deliveries.map((d) => [d.attempt, d.succeeded, d.responseCode, d.error])).toEqual([
        [2, true, 200, null],
        [1, false, 500, "HTTP 500"],
      ]);
      expect(deliveries.deliveries.every((d) => d.alertId === sent.alertId && d.state === "firing" && !d.test)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("mails the notice to an email channel's recipients through SMTP", async () => {
    const { channel, secret } = await created(
      await channelsApi.create(admin, { kind: "email", name: `Mail ${crypto.randomUUID().slice(0, 6)}`, recipients: ["oncall@example.test", "lead@example.test"] }),
    );
    expect(secret).toBeNull();
    const summary = `Certificate of mail.example.test expires in 5 days ${crypto.randomUUID().slice(0, 8)}`;
    await publishAlertNotice(boss, notice(summary));

    const message = await until("the email", async () => mail.messages.find((m) => m.raw.includes(summary.slice(-8))));
    expect(message.to).toEqual(["oncall@example.test", "lead@example.test"]);
    expect(message.from).toBe("alerts@example.test");
    expect(mailHeader(message.raw, "Subject")).toBe(`Firing: ${summary}`);
    const body = mailBody(message.raw);
    expect(body).toContain(summary);
    expect(body).toContain("exchange_tls_failed");
    expect(body).toContain("http://localhost:3000/alerts");

    const log = await until("the delivery log", async () => (await db().alertDelivery.findMany({ where: { channelId: channel.id } })).at(0));
    expect(log).toMatchObject({ attempt: 1, succeeded: true, responseCode: 250, error: null });
  });

  it("sends a test now and answers with the result; disabled channels get no notices", async () => {
    const receiver = await startWebhookReceiver([204]);
    try {
      const { channel, secret } = await created(await channelsApi.create(admin, { kind: "webhook", name: `Test hook ${crypto.randomUUID().slice(0, 6)}`, url: receiver.url, enabled: false }));
      const response = await channelsApi.test(admin, channel.id);
      expect(response.status).toBe(200);
      const delivery = (await response.json()) as DeliveryView;
      expect(delivery).toMatchObject({ channelId: channel.id, test: true, attempt: 1, succeeded: true, responseCode: 204 });
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received;
      expect(verifyWebhookSignature(secret!, String(request!.headers["x-richpush-timestamp"]), request!.body, String(request!.headers["x-richpush-signature"]))).toBe(true);
      expect(webhookPayloadSchema.parse(JSON.parse(request!.body)).test).toBe(true);

      const audit = await db().auditEntry.findFirst({ where: { action: "alert_channel.test", targetId: channel.id } });
      expect(audit?.details).toMatchObject({ succeeded: true, responseCode: 204 });

      // Disabled: a real notice is not fanned out to it (the test above reached it on purpose).
      expect(await fanOutNotice(boss, notice("not for disabled channels"))).toBe(
        await db().alertChannel.count({ where: { enabled: true } }),
      );
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("a test to a receiver that is down fails with the reason, and is logged", async () => {
    const receiver = await startWebhookReceiver([200]);
    await receiver.close(); // nothing listens on its port any more
    const { channel } = await created(await channelsApi.create(admin, { kind: "webhook", name: `Down ${crypto.randomUUID().slice(0, 6)}`, url: receiver.url }));
    const delivery = (await (await channelsApi.test(admin, channel.id)).json()) as DeliveryView;
    expect(delivery).toMatchObject({ succeeded: false, responseCode: null });
    expect(delivery.error).toMatch(/ECONNREFUSED/);
    await db().alertChannel.update({ where: { id: channel.id }, data: { enabled: false } });
  });

  it("keeps the secret out of every answer, the audit, the logs and the stored row after creation", async () => {
    const receiver = await startWebhookReceiver([200]);
    try {
      const { channel, secret } = await created(await channelsApi.create(admin, { kind: "webhook", name: `Secret ${crypto.randomUUID().slice(0, 6)}`, url: receiver.url }));
      const answers = [
        await (await channelsApi.list(admin)).text(),
        await (await channelsApi.update(admin, channel.id, { name: `${channel.name} renamed` })).text(),
        await (await channelsApi.test(admin, channel.id)).text(),
        await (await channelsApi.deliveries(admin, channel.id)).text(),
      ];
      const stored = await db().alertChannel.findUniqueOrThrow({ where: { id: channel.id } });
      const audit = await db().auditEntry.findMany({ where: { targetId: channel.id } });
      expect(audit.map((entry) => entry.action).sort()).toEqual(["alert_channel.create", "alert_channel.test", "alert_channel.update"]);

      const secretBody = secret!.slice("whsec_".length);
      for (const text of [...answers, JSON.stringify(stored), JSON.stringify(audit.map((entry) => entry.details)), ...logged]) expect(text).not.toContain(secretBody);
      expect(logged.length).toBeGreaterThan(0);
      expect(stored.secretPrefix && secret!.startsWith(stored.secretPrefix)).toBe(true);
      expect(receiver.received).toHaveLength(1);
      await channelsApi.update(admin, channel.id, { enabled: false });
    } finally {
      await receiver.close();
    }
  });

  it("validates by field, refuses non-admins and deletes with the log, audited", async () => {
    const bad = await channelsApi.create(admin, { kind: "webhook", name: "Bad", url: "ftp://example.test/x" });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('"field":"url"');
    const noRecipients = await channelsApi.create(admin, { kind: "email", name: "Nobody", recipients: [] });
    expect(noRecipients.status).toBe(422);

    const { channel } = await created(await channelsApi.create(admin, { kind: "email", name: `Delete ${crypto.randomUUID().slice(0, 6)}`, recipients: ["a@example.test"], enabled: false }));
    const wrongField = await channelsApi.update(admin, channel.id, { url: "https://example.test/hook" });
    expect(wrongField.status).toBe(422);
    expect(JSON.stringify(await wrongField.json())).toContain('"field":"url"');

    for (const role of ["helpdesk", "auditor"] as const) {
      const session = await sessionOf(role);
      expect((await channelsApi.list(session)).status).toBe(403);
      expect((await channelsApi.create(session, { kind: "email", name: "x", recipients: ["a@example.test"] })).status).toBe(403);
      expect((await channelsApi.test(session, channel.id)).status).toBe(403);
      expect((await channelsApi.remove(session, channel.id)).status).toBe(403);
    }

    await channelsApi.test(admin, channel.id); // a failed attempt: no mail server for the API's own send
    expect(await db().alertDelivery.count({ where: { channelId: channel.id } })).toBe(1);
    const removed = await channelsApi.remove(admin, channel.id);
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as ChannelView).id).toBe(channel.id);
    expect(await db().alertDelivery.count({ where: { channelId: channel.id } })).toBe(0);
    expect((await channelsApi.remove(admin, channel.id)).status).toBe(404);
    expect(await db().auditEntry.count({ where: { action: "alert_channel.delete", targetId: channel.id } })).toBe(1);
  });
});
