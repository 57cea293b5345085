import { randomUUID } from "node:crypto";
import type { UserCaller } from "@/lib/auth/caller";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import type { DeviceFacts, GroupSettings } from "@/lib/domain/settings";
import { db } from "@/lib/db/client";
import { createGroup } from "../create-group";

/** Tunnelled settings that meet every prerequisite; tests change one thing at a time from here. */
export const WORKING_SETTINGS: GroupSettings = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.test.example:443", PUSH_REGISTRATION_HOSTS.emea],
  gateway: "gateway.test.example:443",
  ewsHost: "mail.test.example",
  activeSyncHost: "mail.test.example",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
  acceptAllSslCertificates: false,
  pushRegion: "emea",
};

export function uniqueGroupName(prefix = "Group"): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export async function makeGroup(admin: UserCaller, settings: Partial<GroupSettings> = {}, name = uniqueGroupName()) {
  return createGroup(admin, { name, description: "made by a test", settings: { ...WORKING_SETTINGS, ...settings } });
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
