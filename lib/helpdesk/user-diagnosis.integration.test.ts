import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "@/lib/domain/diagnosis";
import { eventSeries, makeDeliveryGroup, makeDirectoryUser, makeUserWithEvents } from "@/test/support/directory-factories";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import type { UserDiagnosis } from "./views";

/** The six calls the helpdesk gets most, each diagnosed through GET /api/v1/users/{id}/diagnosis. */
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

  const top = (diagnosis: UserDiagnosis): Finding => diagnosis.findings[0]!;

  it("a burst of Exchange certificate failures across a group", async () => {
    const group = await makeDeliveryGroup();
    const history = eventSeries(3, 60 * 20, 60);
    const burst = eventSeries(4, 5, 8, "exchange_tls_failed");
    const users = [];
    for (let index = 0; index < 4; index += 1) users.push(await makeUserWithEvents(group.id, { events: [...history, ...burst] }));

    const diagnosis = await diagnosisOf(users[0]!.user.id);
    expect(top(diagnosis)).toMatchObject({ family: "group-burst", cause: "exchange_tls_failed", severity: "critical" });
    expect(top(diagnosis).evidence.counts).toMatchObject({ group: 16, affectedUsers: 4 });
    expect(top(diagnosis).remedy).toMatch(/Accept all SSL certificates/);
    expect(diagnosis.groupCauseStats).toMatchObject({ groupTotal: 28, causes: [{ cause: "exchange_tls_failed", count: 16, affectedUsers: 4 }] });
    expect(diagnosis.summary.last24h).toMatchObject({ total: 7, rich: 3, failure: 4 });
  });

  it("Mail Notifications switched off in the app", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id, { device: { mailNotificationsEnabled: false } });
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ ruleId: "mail-notifications", severity: "critical" });
    expect(finding.headline).toMatch(/Mail Notifications is switched off in Secure Mail on iPhone 15/);
  });

  it("a device enrolled with derived credentials", async () => {
    const group = await makeDeliveryGroup();
    const { user, deviceId } = await makeUserWithEvents(group.id, { device: { derivedCredentials: true, model: "iPad Air" } });
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ ruleId: "derived-credentials", severity: "critical" });
    expect(finding.headline).toMatch(/iPad Air is enrolled with derived credentials/);
    expect(finding.evidence.deviceIds).toEqual([deviceId]);
  });

  it("Low Power Mode without rich push comes right after the rule that rules rich push out", async () => {
    const group = await makeDeliveryGroup({ intuneManaged: true });
    const { user } = await makeUserWithEvents(group.id, { device: { lowPowerMode: true } });
    const [rule, lowPower] = (await diagnosisOf(user.id)).findings;
    expect(rule).toMatchObject({ ruleId: "intune-integration" });
    expect(lowPower).toMatchObject({ id: "device:low_power_mode:warning", severity: "warning" });
    expect(lowPower?.reference).toMatch(/most common case in which notifications are not delivered/);
  });

  it("generic notifications after restarts before unlock", async () => {
    const group = await makeDeliveryGroup();
    const { user } = await makeUserWithEvents(group.id, {
      events: [...eventSeries(2, 60 * 8, 60), ...eventSeries(5, 10, 8, "container_locked"), { minutesAgo: 55, cause: "credentials_unavailable" }],
    });
    const finding = top(await diagnosisOf(user.id));
    expect(finding.id).toBe("events:restart-before-unlock");
    expect(finding.headline).toMatch(/restarted and was not yet unlocked/);
    expect(finding.remedy).toMatch(/Unlock the device/);
  });

  it("a group on Modern authentication with Office 365", async () => {
    const group = await makeDeliveryGroup({ authentication: "modern_auth_o365" });
    const { user } = await makeUserWithEvents(group.id);
    const finding = top(await diagnosisOf(user.id));
    expect(finding).toMatchObject({ ruleId: "authentication", severity: "critical" });
    expect(finding.explanation).toMatch(/count of unread Inbox emails/);
    expect(finding.headline).toBe("Rich push is unsupported: the group uses Modern authentication with Office 365");
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
