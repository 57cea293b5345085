import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";

/**
 * A delivery group for connectivity tests. By default it names only an EWS host (ActiveSync on
 * the same host, no gateway, no push region), so a test contacts nothing but its own servers.
 */
export async function createProbeTestGroup(settings: Partial<GroupSettings> & Pick<GroupSettings, "ewsHost">) {
  const values: GroupSettings = {
    ...DEFAULT_GROUP_SETTINGS,
    activeSyncHost: settings.ewsHost,
    gateway: null,
    pushRegion: null,
    ...settings,
  };
  return db().deliveryGroup.create({
    data: {
      name: `probe-test-${randomUUID().slice(0, 8)}`,
      settings: {
        create: {
          ...values,
          gateway: values.gateway ?? null,
          pushRegion: values.pushRegion ?? null,
        },
      },
    },
  });
}

/** A group saved without settings (a new group before its first save). */
export async function createGroupWithoutSettings() {
  return db().deliveryGroup.create({ data: { name: `probe-test-${randomUUID().slice(0, 8)}` } });
}
