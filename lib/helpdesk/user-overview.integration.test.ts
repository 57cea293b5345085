import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/create-token";
import { makeCaller } from "@/test/support/factories";
import { eventSeries, makeDeliveryGroup, makeUserDevice, makeUserWithEvents, type TestUser } from "@/test/support/directory-factories";
import { USER_VIEW_ACTION } from "./get-user-overview";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import type { UserOverview } from "./views";

describe("user overview", () => {
  let user: TestUser;
  let groupName: string;

  beforeAll(async () => {
    const group = await makeDeliveryGroup({ lockScreenNotifications: "email_sender_or_event_title" });
    groupName = group.name;
    const made = await makeUserWithEvents(group.id, { device: { lowPowerMode: true }, events: eventSeries(2, 5, 5) });
    user = made.user;
    await makeUserDevice(user.id, { model: "iPad Air", backgroundAppRefresh: false, derivedCredentials: true });
  });

  it("shows identity, group settings, the verdict with this user's device facts, device warnings and the lock screen", async () => {
    const response = await helpdeskApi.user(user.id, await sessionOf("helpdesk"));
    expect(response.status).toBe(200);
    const overview = (await response.json()) as UserOverview;

    expect(overview.user).toMatchObject({ id: user.id, upn: user.upn, displayName: user.displayName });
    expect(overview.group).toMatchObject({ name: groupName, settings: { lockScreenNotifications: "email_sender_or_event_title" } });
    const status = (id: string) => overview.evaluation?.checks.find((check) => check.id === id)?.status;
    expect(status("mail-notifications")).toBe("pass");
    expect(status("derived-credentials")).toBe("fail");
    expect(overview.evaluation?.richPushSupported).toBe(false);

    const iphone = overview.devices.find((device) => device.model === "iPhone 15")!;
    const ipad = overview.devices.find((device) => device.model === "iPad Air")!;
    // The iPhone gets rich push on its own, so Low Power Mode does not stop its notifications.
    expect(iphone.richPushSupported).toBe(true);
    expect(iphone.warnings).toEqual([expect.objectContaining({ code: "low_power_mode", severity: "info" })]);
    expect(ipad.richPushSupported).toBe(false);
    // The rules that keep each device off rich push, for the timeline's rows after sync.
    expect(iphone.failingRules).toEqual([]);
    expect(ipad.failingRules).toEqual([expect.objectContaining({ id: "derived-credentials", detail: expect.any(String), title: expect.any(String) })]);
    expect(ipad.warnings.map((warning) => warning.code)).toEqual(["derived_credentials", "background_app_refresh_off"]);
    expect(ipad.warnings[1]!.effect).toMatch(/iOS does not wake it to sync/);

    expect(overview.lockScreen).toMatchObject({ content: "sender", sender: "Jordan Blake", subject: null, timing: "after_sync" });
  });

  it("records every view in the audit log, and only the view", async () => {
    const viewer = await sessionOf("auditor");
    const before = await db().auditEntry.count({ where: { action: USER_VIEW_ACTION, targetId: user.id } });
    expect((await helpdeskApi.user(user.id, viewer)).status).toBe(200);
    expect((await helpdeskApi.events(user.id, "", viewer)).status).toBe(200);
    expect((await helpdeskApi.diagnosis(user.id, viewer)).status).toBe(200);
    expect((await helpdeskApi.search(`query=${encodeURIComponent(user.email)}`, viewer)).status).toBe(200);

    const entries = await db().auditEntry.findMany({ where: { action: USER_VIEW_ACTION, targetId: user.id }, orderBy: { id: "asc" } });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ targetType: "directory_user", actorEmail: expect.stringMatching(/^auditor-/) });
    expect(entries.at(-1)!.details).toEqual({ upn: user.upn, displayName: user.displayName });
  });

  it("refuses callers without a session, ingestion tokens included, with 401", async () => {
    const { secret } = await createToken(await makeCaller("admin"), { name: "feed" });
    for (const headers of [new Headers(), new Headers({ authorization: `Bearer ${secret}` })]) {
      expect((await helpdeskApi.search("query=ada", headers)).status).toBe(401);
      expect((await helpdeskApi.user(user.id, headers)).status).toBe(401);
      expect((await helpdeskApi.events(user.id, "", headers)).status).toBe(401);
      expect((await helpdeskApi.diagnosis(user.id, headers)).status).toBe(401);
    }
    expect(await db().auditEntry.count({ where: { action: USER_VIEW_ACTION, targetId: user.id, actorEmail: { startsWith: "token:" } } })).toBe(0);
  });

  it("answers a malformed id with 404, like an unknown one: it names no user", async () => {
    const headers = await sessionOf("admin");
    const malformed = await helpdeskApi.user("12345", headers);
    expect(malformed.status).toBe(404);
    expect((await malformed.json()).error).toMatchObject({ code: "not_found", message: "No such directory user." });
    expect((await helpdeskApi.user("00000000-0000-4000-8000-000000000000", headers)).status).toBe(404);
  });
});
