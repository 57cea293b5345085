import { describe, expect, it } from "vitest";
import {
  deviceSnapshotSchema,
  directoryUserSchema, directoryUsersBodySchema,
  ingestEventSchema,
  ingestEventsBodySchema,
  validateEvents,
} from "./schemas";

const richEvent = {
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  deviceId: "6a1d2f3e-0000-4000-8000-000000000001",
  occurredAt: "2025-03-04T09:15:00.000Z",
  outcome: "rich",
  cause: null,
  failedStep: null,
  steps: [
    { step: "push_received", durationMs: 12, ok: true },
    { step: "container_read", durationMs: 20, ok: true },
    { step: "gateway_connect", durationMs: 210, ok: true },
    { step: "exchange_connect", durationMs: 95, ok: true },
    { step: "ews_fetch", durationMs: 640, ok: true },
    { step: "shown", durationMs: 4, ok: true },
  ],
  badgeCount: 3,
};

const exchangeTlsFailure = {
  ...richEvent,
  outcome: "failure",
  cause: "exchange_tls_failed",
  failedStep: "exchange_connect",
  steps: [
    { step: "push_received", durationMs: 12, ok: true },
    { step: "container_read", durationMs: 20, ok: true },
    { step: "gateway_connect", durationMs: 210, ok: true },
    { step: "exchange_connect", durationMs: 180, ok: false },
  ],
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("ingestEventSchema", () => {
  it("accepts a rich event, a failure with its steps, and a minimal generic event", () => {
    expect(ingestEventSchema.parse(richEvent)).toEqual(richEvent);
    expect(ingestEventSchema.safeParse(exchangeTlsFailure).success).toBe(true);
    const minimal = { id: "e1", deviceId: "d1", occurredAt: "2025-03-04T09:15:00+01:00", outcome: "generic", cause: "container_locked" };
    expect(ingestEventSchema.parse(minimal)).toEqual(minimal);
  });

  it("requires a cause unless the outcome is rich, naming cause", () => {
    const issues = issuesOf(ingestEventSchema.safeParse({ ...exchangeTlsFailure, cause: null }));
    expect(issues).toContainEqual({ path: "cause", message: "cause is required when outcome is failure" });
  });

  it("rejects a cause that belongs to another outcome", () => {
    const issues = issuesOf(ingestEventSchema.safeParse({ ...exchangeTlsFailure, outcome: "generic" }));
    expect(issues).toContainEqual({ path: "cause", message: 'cause "exchange_tls_failed" does not belong to outcome generic' });
  });

  it("rejects a cause or a failed step on a rich event", () => {
    const issues = issuesOf(ingestEventSchema.safeParse({ ...richEvent, cause: "ews_timeout", failedStep: "ews_fetch" }));
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["cause", "failedStep"]));
  });

  it("rejects an unknown cause code and an unknown step", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...exchangeTlsFailure, cause: "dns_failed" }))[0]?.path).toBe("cause");
    expect(issuesOf(ingestEventSchema.safeParse({ ...exchangeTlsFailure, failedStep: "unlock" }))[0]?.path).toBe("failedStep");
  });

  it("rejects steps out of path order or repeated", () => {
    const swapped = [richEvent.steps[1], richEvent.steps[0], ...richEvent.steps.slice(2)];
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, steps: swapped }))[0]?.path).toBe("steps.1.step");
    const repeated = [richEvent.steps[0], richEvent.steps[0]];
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, steps: repeated }))[0]?.path).toBe("steps.1.step");
  });

  it("rejects durations out of range and fractional durations", () => {
    for (const durationMs of [-1, 600_001, 1.5]) {
      const steps = [{ step: "push_received", durationMs, ok: true }];
      expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, steps }))[0]?.path).toBe("steps.0.durationMs");
    }
  });

  it("rejects a failed step on a rich event's path, and a failedStep missing from steps", () => {
    const failedOnRich = richEvent.steps.map((timing) => (timing.step === "ews_fetch" ? { ...timing, ok: false } : timing));
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, steps: failedOnRich }))[0]?.path).toBe("steps.4.ok");
    const mismatch = { ...exchangeTlsFailure, failedStep: "ews_fetch" };
    expect(issuesOf(ingestEventSchema.safeParse(mismatch))[0]?.path).toBe("failedStep");
  });

  it("rejects a bad id, date-time and badge count", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, id: "" }))[0]?.path).toBe("id");
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, id: "x".repeat(101) }))[0]?.path).toBe("id");
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, occurredAt: "yesterday" }))[0]?.path).toBe("occurredAt");
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, badgeCount: -1 }))[0]?.path).toBe("badgeCount");
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, deviceId: "a/b" }))[0]?.path).toBe("deviceId");
  });
});

describe("validateEvents", () => {
  it("keeps valid events and rejects each invalid one with its index, id, field and a reason naming the field", () => {
    const result = validateEvents([
      richEvent,
      { ...exchangeTlsFailure, id: "bad-cause", outcome: "generic" },
      { ...richEvent, id: "bad-duration", steps: [{ step: "push_received", durationMs: -5, ok: true }] },
      "not an event",
    ]);
    expect(result.valid).toEqual([richEvent]);
    expect(result.rejected).toEqual([
      { index: 1, id: "bad-cause", field: "cause", reason: 'cause "exchange_tls_failed" does not belong to outcome generic' },
      { index: 2, id: "bad-duration", field: "steps[0].durationMs", reason: expect.stringMatching(/^steps\[0\]\.durationMs: /) },
      { index: 3, reason: expect.any(String) },
    ]);
  });
});

describe("ingestEventsBodySchema", () => {
  it("accepts 1 to 1000 events of any shape", () => {
    expect(ingestEventsBodySchema.safeParse({ events: [{}] }).success).toBe(true);
    expect(ingestEventsBodySchema.safeParse({ events: Array(1000).fill({}) }).success).toBe(true);
  });

  it("rejects an empty or oversized batch, naming events", () => {
    expect(issuesOf(ingestEventsBodySchema.safeParse({ events: [] }))[0]?.path).toBe("events");
    expect(issuesOf(ingestEventsBodySchema.safeParse({ events: Array(1001).fill({}) }))[0]?.path).toBe("events");
  });
});

describe("deviceSnapshotSchema", () => {
  const snapshot = {
    userUpn: "Ada.Lovelace@corp.example",
    model: "iPhone 15",
    iosVersion: "18.2.1",
    appVersion: "25.3.0",
    derivedCredentials: false,
    mailNotificationsEnabled: true,
    iosNotificationsAllowed: true,
    backgroundAppRefresh: true,
    lowPowerMode: false,
    observedAt: "2025-03-04T09:15:00.000Z",
  };

  it("accepts a snapshot and lower-cases the UPN", () => {
    expect(deviceSnapshotSchema.parse(snapshot).userUpn).toBe("ada.lovelace@corp.example");
  });

  it("names the field of each invalid value", () => {
    expect(issuesOf(deviceSnapshotSchema.safeParse({ ...snapshot, userUpn: "ada" }))[0]?.path).toBe("userUpn");
    expect(issuesOf(deviceSnapshotSchema.safeParse({ ...snapshot, iosVersion: "eighteen" }))[0]?.path).toBe("iosVersion");
    expect(issuesOf(deviceSnapshotSchema.safeParse({ ...snapshot, lowPowerMode: "no" }))[0]?.path).toBe("lowPowerMode");
    const { observedAt: _omitted, ...withoutDate } = snapshot;
    expect(issuesOf(deviceSnapshotSchema.safeParse(withoutDate))[0]?.path).toBe("observedAt");
  });
});

describe("directoryUsersBodySchema", () => {
  const user = { upn: "ada.lovelace@corp.example", displayName: "Ada Lovelace", email: "ada.lovelace@corp.example", group: "Sales" };

  it("accepts a batch of users", () => {
    expect(directoryUsersBodySchema.parse({ users: [user] })).toEqual({ users: [user] });
  });

  it("names the field of each invalid value; each user is checked alone by the operation", () => {
    expect(issuesOf(directoryUsersBodySchema.safeParse({ users: [] }))[0]?.path).toBe("users");
    expect(issuesOf(directoryUsersBodySchema.safeParse({ users: Array(1001).fill(user) }))[0]?.path).toBe("users");
    expect(issuesOf(directoryUserSchema.safeParse({ ...user, email: "nope" }))[0]?.path).toBe("email");
    expect(issuesOf(directoryUserSchema.safeParse({ ...user, upn: "no at sign" }))[0]?.path).toBe("upn");
    expect(issuesOf(directoryUserSchema.safeParse({ ...user, group: " " }))[0]?.path).toBe("group");
    expect(issuesOf(directoryUserSchema.safeParse({ ...user, displayName: "A\u0000" }))[0]?.path).toBe("displayName");
    expect(issuesOf(directoryUserSchema.safeParse({ ...user, group: "Sa\u202Eles" }))[0]?.path).toBe("group");
  });
});

describe("ingestEventSchema: delivery without rich push (sync)", () => {
  const syncEvent = {
    id: "sync-1",
    deviceId: "6a1d2f3e-0000-4000-8000-000000000001",
    occurredAt: "2025-03-04T09:15:00.000Z",
    outcome: "sync",
    delayMs: 14 * 60_000,
    activity: "meeting_request",
    badgeCount: 7,
  };

  it("accepts a sync event with its delay, Inbox activity and badge", () => {
    expect(ingestEventSchema.parse(syncEvent)).toEqual(syncEvent);
    const { delayMs: _delay, activity: _activity, ...minimal } = syncEvent;
    expect(ingestEventSchema.safeParse(minimal).success).toBe(true);
  });

  it("refuses a cause, a failed step or step timings on a sync event, naming the field", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, cause: "container_locked" }))[0]?.path).toBe("cause");
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, failedStep: "gateway_connect" }))[0]?.path).toBe("failedStep");
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, steps: richEvent.steps }))[0]?.path).toBe("steps");
  });

  it("takes delayMs only on sync events, within a week", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...richEvent, delayMs: 1000 }))[0]?.path).toBe("delayMs");
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, delayMs: 8 * 86_400_000 }))[0]?.path).toBe("delayMs");
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, delayMs: -1 }))[0]?.path).toBe("delayMs");
  });

  it("refuses an unknown Inbox activity", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...syncEvent, activity: "calendar_sync" }))[0]?.path).toBe("activity");
  });
});

describe("ingestEventSchema: the failed step belongs to the cause", () => {
  const channelFailure = (failedStep: string) => ({
    ...richEvent,
    outcome: "generic",
    cause: "channel_failed",
    failedStep,
    steps: undefined,
  });

  it("channel_failed says whether the gateway or EWS failed", () => {
    expect(ingestEventSchema.safeParse(channelFailure("gateway_connect")).success).toBe(true);
    expect(ingestEventSchema.safeParse(channelFailure("exchange_connect")).success).toBe(true);
    const issues = issuesOf(ingestEventSchema.safeParse(channelFailure("container_read")));
    expect(issues[0]).toEqual({ path: "failedStep", message: expect.stringContaining("gateway_connect or exchange_connect") });
  });

  it("refuses a step its cause cannot arise at", () => {
    expect(issuesOf(ingestEventSchema.safeParse({ ...exchangeTlsFailure, failedStep: "gateway_connect" }))[0]?.path).toBe("failedStep");
  });
});
