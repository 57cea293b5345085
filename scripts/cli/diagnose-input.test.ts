import { describe, expect, it } from "vitest";
import { diagnoseUser } from "@/lib/domain/diagnosis";
import { makeDevice, makeEvent, makeSettings, minutesAgo, NOW } from "@/lib/domain/diagnosis/test-factories";
import { parseDiagnoseInput, toDiagnoseCliInput, type DiagnoseCliInput } from "@/scripts/cli/diagnose-input";

const VALID: DiagnoseCliInput = {
  now: NOW,
  user: { displayName: "Ana Lopez", groupName: "Sales" },
  settings: makeSettings(),
  devices: [makeDevice()],
  events: [
    makeEvent({ occurredAt: minutesAgo(10) }),
    makeEvent({ occurredAt: minutesAgo(5), outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect", badgeCount: 3 }),
  ],
  group: { totalEvents: 40, causes: [{ cause: "exchange_tls_failed", count: 30, affectedUsers: 9, firstSeen: minutesAgo(90), lastSeen: minutesAgo(2) }] },
};

const errorsOf = (value: unknown) => {
  const result = parseDiagnoseInput(JSON.stringify(value));
  return result.ok ? [] : result.errors;
};

describe("parseDiagnoseInput", () => {
  it("maps the group's totalEvents to the statistics' groupTotal", () => {
    const result = parseDiagnoseInput(JSON.stringify(VALID));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.group).toEqual({ groupTotal: 40, causes: VALID.group!.causes });
    expect(result.input.user).toEqual({ displayName: "Ana Lopez", groupName: "Sales" });
  });

  it("gives back, through the CLI's JSON, the findings of the same input diagnosed directly", () => {
    const direct = { now: NOW, user: { displayName: "Ana Lopez", groupName: "Sales" }, settings: makeSettings(), devices: [makeDevice({ lowPowerMode: true })], events: VALID.events, group: { groupTotal: 40, causes: VALID.group!.causes } };
    const result = parseDiagnoseInput(JSON.stringify(toDiagnoseCliInput(direct)));
    expect(result.ok && diagnoseUser(result.input)).toEqual(diagnoseUser(direct));
  });

  it("names each bad field by its path", () => {
    const events = [VALID.events[0], { ...VALID.events[1], outcome: "sync" }, { ...VALID.events[0], outcome: "maybe" }];
    const errors = errorsOf({ ...VALID, now: "yesterday", events, devices: [{ ...VALID.devices[0], lowPowerMode: "yes" }] });
    expect(errors).toEqual([
      "now: must be an ISO 8601 date-time such as 2025-06-03T12:00:00Z",
      'devices[0].lowPowerMode: expected boolean, got "yes"',
      "events[1].cause: must be null when outcome is sync",
      "events[1].failedStep: must be null when outcome is sync",
      'events[2].outcome: "maybe" is not one of "rich", "sync", "generic", "failure"',
    ]);
  });

  it("rejects unknown fields, missing ones and a cause of the wrong outcome", () => {
    const { cause: _cause, ...withoutCause } = VALID.events[0]!;
    const errors = errorsOf({
      ...VALID,
      user: { ...VALID.user, email: "ana@corp.example" },
      settings: { ...VALID.settings, mailNotificationsEnabled: true },
      events: [withoutCause, { ...VALID.events[1], cause: "container_locked" }],
      group: { ...VALID.group, totalEvents: -1 },
    });
    expect(errors).toEqual([
      "user.email: unknown field",
      "settings.mailNotificationsEnabled: unknown field",
      expect.stringMatching(/^events\[0\]\.cause: is required \(one of "ews_no_response", /),
      'events[1].cause: "container_locked" does not belong to outcome failure',
      expect.stringMatching(/^group\.totalEvents: /),
    ]);
  });

  it("rejects a device id given twice and anything but one JSON object", () => {
    expect(errorsOf({ ...VALID, devices: [VALID.devices[0], VALID.devices[0]] })).toEqual(['devices[1].id: "dev-1" appears more than once']);
    expect(errorsOf([VALID])).toEqual(["input must be one JSON object, got an array"]);
    const result = parseDiagnoseInput("{", "standard input");
    expect(result.ok === false && result.errors[0]).toMatch(/^standard input is not valid JSON: /);
  });
});
