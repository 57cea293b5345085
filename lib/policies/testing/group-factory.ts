import { randomUUID } from "node:crypto";
import type { UserCaller } from "@/lib/auth/caller";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { makeDirectoryUser, makeUserDevice } from "@/test/support/directory-factories";
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
  const user = await makeDirectoryUser(groupId);
  for (const facts of devices) await makeUserDevice(user.id, facts);
  return user.id;
}
