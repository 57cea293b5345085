import { describe, expect, it } from "vitest";
import { makeCaller } from "@/test/support/factories";
import { groupChangeImpact } from "./group-change-impact";
import { RICH_PUSH_SETTINGS, addMember, makeGroup } from "./testing/group-factory";

const good = { mailNotificationsEnabled: true, derivedCredentials: false };
const mailOff = { mailNotificationsEnabled: false, derivedCredentials: false };
const derived = { mailNotificationsEnabled: true, derivedCredentials: true };

describe("impact of a change", () => {
  it("counts members per their best device, and members without devices at group level", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await addMember(group.id, [good]);
    await addMember(group.id, [good, good]);
    await addMember(group.id, [mailOff, good]); // one good device is enough
    await addMember(group.id, [mailOff]);
    await addMember(group.id, [derived, mailOff]);
    await addMember(group.id, []); // judged on the group's settings
    const other = await makeGroup(admin);
    await addMember(other.id, [good]); // not a member of `group`

    const helpdesk = await makeCaller("helpdesk");
    expect(await groupChangeImpact(helpdesk, group.id, { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "block" })).toEqual({
      members: 6,
      supportedNow: 4,
      supportedAfter: 0,
      stopWorking: 4,
      startWorking: 0,
      whenLost: expect.arrayContaining([expect.stringMatching(/unread Inbox emails for the sync period/)]),
      whenGained: [],
    });
    expect(await groupChangeImpact(helpdesk, group.id, { ...RICH_PUSH_SETTINGS, acceptAllSslCertificates: true })).toMatchObject({
      stopWorking: 0,
      startWorking: 0,
      supportedAfter: 4,
    });
  });

  it("names the invalid field of the proposed settings", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await expect(groupChangeImpact(admin, group.id, { ...RICH_PUSH_SETTINGS, networkAccess: "sometimes" })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "networkAccess" }] },
    });
  });
});
