import { randomUUID } from "node:crypto";
import type { UserCaller } from "@/lib/auth/caller";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { db } from "@/lib/db/client";
import { createGroup } from "../create-group";

/** Re-exported so policy tests keep one import; the one settings fixture lives in lib/domain/testing. */
export { RICH_PUSH_SETTINGS };

export function uniqueGroupName(prefix = "Group"): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export async function makeGroup(admin: UserCaller, settings: Partial<GroupSettings> = {}, name = uniqueGroupName()) {
  return createGroup(admin, { name, description: "made by a test", settings: { ...RICH_PUSH_SETTINGS, ...settings } });
}

/** A directory user in the group with one device per entry of `devices` (none: a member without devices). */
export async function addMember(groupId: string, devices: Required<DeviceFacts>[]): Promise<string> {
  const upn = `member-${randomUUID()}@test.example`;
  const user = await db().directoryUser.create({ data: { upn, displayName: upn, email: upn, groupId } });
  const now = new Date();
  for (const facts of devices) {
    await db().device.create({
      data: {
        id: randomUUID(),
        userId: user.id,
        model: "iPhone15,2",
        iosVersion: "17.5",
        appVersion: "24.3.0",
        iosNotificationsAllowed: true,
        backgroundAppRefresh: true,
        lowPowerMode: false,
        observedAt: now,
        lastSeenAt: now,
        ...facts,
      },
    });
  }
  return user.id;
}
