import type { GroupSettings as GroupSettingsRow } from "@/generated/prisma/client";
import { AppError } from "@/lib/api/errors";
import { groupSettingsSchema, type GroupSettings } from "@/lib/domain/settings";

/**
 * A stored settings row as the domain's settings. The schema re-checks what the database holds;
 * a row it rejects is the server's fault, so it is a 500, not a validation error of the request.
 */
export function toGroupSettings(row: GroupSettingsRow): GroupSettings {
  const parsed = groupSettingsSchema.safeParse({
    pushNotifications: row.pushNotifications,
    networkAccess: row.networkAccess,
    backgroundNetworkServices: row.backgroundNetworkServices,
    gateway: row.gateway,
    ewsHost: row.ewsHost,
    activeSyncHost: row.activeSyncHost,
    lockScreenNotifications: row.lockScreenNotifications,
    authentication: row.authentication,
    intuneManaged: row.intuneManaged,
    acceptAllSslCertificates: row.acceptAllSslCertificates,
    pushRegion: row.pushRegion,
  });
  if (!parsed.success) throw new AppError("internal", `The stored settings of group ${row.groupId} are not valid.`);
  return parsed.data;
}
