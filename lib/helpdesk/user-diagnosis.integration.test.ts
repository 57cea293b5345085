import { beforeAll, describe, expect, it } from "vitest";
import { eventSeries, makeDeliveryGroup, makeDirectoryUser, makeUserWithEvents, type EventSpec } from "@/test/support/directory-factories";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import type { UserDiagnosis } from "./views";

/** `count` notifications shown after a background sync, `everyMinutes` apart, each `delayMs` late. */
const syncSeries = (count: number, startMinutesAgo: number, everyMinutes: number, delayMs: number): EventSpec[] =>
  eventSeries(count, startMinutesAgo, everyMinutes).map((spec) => ({ ...spec, sync: true, delayMs }));

/** The calls the helpdesk gets most, each diagnosed through GET /api/v1/users/{id}/diagnosis. */
describe("diagnosis through the API", () => {
  let headers: Headers;

  beforeAll(async () => {
    headers = await sessionOf("helpdesk");
  });

  async function diagnosisOf(userId: string): Promise<UserDiagnosis> {
    const response = await helpdeskApi.diagnosis(userId, headers, "tz=UTC");
    expect(response.status).toBe(200);
    return (await response.json()) as UserDiagnosis;
  }

  const top = (diagnosis: UserDiagnosis): UserDiagnosis["findings"][number] => diagnosis.findings[0]!;

  it("a burst of Exchange certificate failures across a group", async () => {
    const group = await makeDeliveryGroup();
    const history = eventSeries(3, 60 * 20, 60);
    const burst = eventSeries(4, 5, 8, "exchange_tls_failed");
    const users = [];
    for (let index = 0; index < 4; index += 1) users.push(await makeUserWithEvents(group.id, { events: [...history, ...burst] }));

    const diagnosis = await diagnosisOf(users[0]!.user.id);
    expect(top(diagnosis)).toMatchObject({ id: "group-burst:exchange_tls_failed", family: "group-burst", cause: "exchange_tls_failed", severity: "critical" });
    expect(top(diagnosis).evidence.counts).toMatchObject({ group: 16, affectedUsers: 4, user24h: 4 });
    expect(top(diagnosis).remedy).toMatch(/Accept all SSL certificates/);
    // The user's own failures are the burst's, not a second finding.
    expect(diagnosis.findings.some((finding) => finding.id === "events:exchange_tls_failed")).toBe(false);
    expect(diagnosis.groupCauseStats).toMatchObject({ groupTotal: 28, causes: [{ cause: "exchange_tls_failed", count: 16, affectedUsers: 4 }] });
    expect(diagnosis.summary.last24h).toMatchObject({ total: 7, rich: 3, failure: 4 });
  });

  it("a burst in the group that did not hit this user does not lead", async () => {
    const group = await makeDeliveryGroup();
    for (let index = 0; index < 3; index += 1) await makeUserWithEvents(group.id, { events: eventSeries(4, 5, 8, "exchange_tls_failed") });
    const { user } = await makeUserWithEvents(group.id, { events: eventSeries(3, 10, 20) });
    const diagnosis = await diagnosisOf(user.id);
    expect(top(diagnosis).id).toBe("all-clear");
    expect(diagnosis.findings.find((finding) => finding.id === "group-burst:exchange_tls_failed")).toMatchObject({ severity: "info" });
  });

  it("a wave of restarts before unlock across the group is the user's own device state, not a burst", async () => {
    const group = await makeDeliveryGroup();
    const locked = [...eventSeries(4, 5, 8, "container_locked"), ...eventSeries(1, 60 * 8, 1)];
    const users = [];
    for (let index = 0; index < 4; index += 1) users.push(await makeUserWithEvents(group.id, { events: locked }));
    const diagnosis = await diagnosisOf(users[0]!.user.id);
    expect(diagnosis.findings.some((finding) => finding.family === "group-burst")).toBe(false);
    expect(top(diagnosis).id).toBe("events:container_locked");
    expect(top(diagnosis).explanation).toMatch(/3 other users in .* saw container_locked too; it is a device state \(restart before unlock\), not a server problem/);
    expect(top(diagnosis).explanation).not.toMatch(/lies in the servers/);
  });

  it("Mail Notifications switched off in the app", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id, { device: { mailNotificationsEnabled: false } });
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ id: "device:mail_notifications_off", ruleId: "mail-notifications", severity: "critical" });
    expect(finding.headline).toMatch(/Mail Notifications is switched off in Secure Mail on iPhone 15/);
  });

  it("iOS notifications not allowed, with the install or upgrade prompt as the usual reason", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id, { device: { iosNotificationsAllowed: false } });
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ id: "device:ios_notifications_not_allowed", severity: "critical" });
    expect(finding.explanation).toMatch(/Secure Mail asks at installation or upgrade/);
    expect(finding.fieldGuidance).toEqual(["In iOS Settings > Notifications > Secure Mail, turn on Allow Notifications."]);
  });

  it("a device enrolled with derived credentials", async () => {
    const group = await makeDeliveryGroup();
    const { user, deviceId } = await makeUserWithEvents(group.id, {
      device: { derivedCredentials: true, model: "iPad Air" },
      events: syncSeries(2, 15, 60, 9 * 60_000),
    });
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ id: "device:derived_credentials", ruleId: "derived-credentials", severity: "critical" });
    expect(finding.headline).toMatch(/iPad Air is enrolled with derived credentials/);
    expect(finding.evidence.deviceIds).toEqual([deviceId]);
    expect(finding.explanation).toMatch(/2 notifications arrived after a background sync, typically 9 min after the mail arrived/);
  });

  it("Low Power Mode without rich push comes right after the rule that rules rich push out", async () => {
    const group = await makeDeliveryGroup({ intuneManaged: true });
    const { user } = await makeUserWithEvents(group.id, { device: { lowPowerMode: true } });
    const [rule, lowPower] = (await diagnosisOf(user.id)).findings;
    expect(rule).toMatchObject({ id: "rule:intune-integration", ruleId: "intune-integration" });
    expect(rule?.explanation).toMatch(/in Low Power Mode, the most common case; with Background App Refresh off .*; or on poor network connectivity\. Now: iPhone 15 is in Low Power Mode\./);
    expect(lowPower).toMatchObject({ id: "device:low_power_mode", severity: "warning" });
    expect(lowPower?.reference).toMatch(/most common case in which notifications are not delivered/);
  });

  it("generic notifications after restarts before unlock", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id, {
      events: [...eventSeries(2, 60 * 8, 60), ...eventSeries(5, 10, 8, "container_locked"), { minutesAgo: 55, cause: "credentials_unavailable" }],
    });
    const finding = top(await diagnosisOf(user.id));
    expect(finding.id).toBe("events:container_locked");
    expect(finding.headline).toMatch(/restarted and was not yet unlocked/);
    expect(finding.remedy).toMatch(/Unlock the device/);
  });

  it("a group on Modern authentication with Office 365, its notifications coming after a sync", async () => {
    const group = await makeDeliveryGroup({ authentication: "modern_auth_o365" });
    const { user } = await makeUserWithEvents(group.id, { events: syncSeries(3, 10, 60, 14 * 60_000) });
    const diagnosis = await diagnosisOf(user.id);
    const finding = top(diagnosis);
    expect(finding).toMatchObject({ id: "rule:authentication", ruleId: "authentication", severity: "critical" });
    expect(finding.headline).toBe("Rich push is unsupported: the group uses Modern authentication with Office 365");
    expect(finding.explanation).toMatch(/count of unread Inbox emails/);
    expect(finding.explanation).toMatch(/In the last 24 hours 3 notifications arrived after a background sync, typically 14 min after the mail arrived/);
    expect(finding.evidence.counts).toMatchObject({ sync24h: 3, typicalSyncDelayMinutes: 14 });
    // Sync notifications have no cause: no events finding, and no share of the group's rich-path total.
    expect(diagnosis.findings.some((found) => found.family === "events")).toBe(false);
    expect(diagnosis.groupCauseStats).toMatchObject({ groupTotal: 0, causes: [] });
    expect(diagnosis.summary.last24h).toMatchObject({ total: 3, sync: 3 });
  });

  it("says so when no policy applies to the user", async () => {
    const withoutGroup = await makeDirectoryUser(null);
    expect(top(await diagnosisOf(withoutGroup.id))).toMatchObject({ id: "policy:no-group", severity: "critical" });
    const unsaved = await makeDeliveryGroup(null);
    const member = await makeDirectoryUser(unsaved.id);
    expect(top(await diagnosisOf(member.id)).id).toBe("policy:no-settings");
  });

  it("names a bad time zone and answers 404 for an unknown user", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id);
    const badZone = await helpdeskApi.diagnosis(user.id, headers, "tz=Mars/Olympus");
    expect(badZone.status).toBe(422);
    expect((await badZone.json()).error.fields).toEqual([{ field: "tz", message: expect.stringMatching(/IANA/) }]);
    const unknown = await helpdeskApi.diagnosis("00000000-0000-4000-8000-000000000000", headers);
    expect(unknown.status).toBe(404);
  });
});
