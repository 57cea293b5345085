import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { lockScreenPreview } from "@/lib/domain/diagnosis";
import { toDeviceView } from "./device-view";
import { loadUserProfile } from "./load-user-profile";
import { LOCK_SCREEN_SAMPLE } from "./lock-screen-sample";
import { evaluateForUser } from "./user-evaluation";
import type { UserOverview } from "./views";

export const USER_VIEW_ACTION = "directory.user_view";

/**
 * One user as the helpdesk sees them: identity, group, effective settings with the verdict for
 * this user's devices, each device's warnings, and the lock-screen preview. Each call is a view
 * of personal data and is audited (who looked at whom).
 */
export async function getUserOverview(caller: Caller | null, userId: unknown, context: AuditContext = {}): Promise<UserOverview> {
  const viewer = requirePermission(caller, "directory:read");
  const id = requireResourceId(userId, "directory user");
  const profile = await loadUserProfile(id);
  const settings = profile.settings?.value ?? null;
  const evaluation = settings ? evaluateForUser(settings, profile.devices) : null;

  await recordAudit({
    actor: viewer,
    action: USER_VIEW_ACTION,
    targetType: "directory_user",
    targetId: id,
    details: { upn: profile.user.upn, displayName: profile.user.displayName },
    context,
  });

  return {
    user: { ...profile.user, createdAt: profile.user.createdAt.toISOString(), updatedAt: profile.user.updatedAt.toISOString() },
    group: profile.group
      ? {
          ...profile.group,
          settings,
          settingsVersion: profile.settings?.version ?? null,
          settingsUpdatedAt: profile.settings?.updatedAt.toISOString() ?? null,
        }
      : null,
    evaluation,
    devices: profile.devices.map((device) => toDeviceView(settings, device)),
    lockScreen: settings ? lockScreenPreview(settings, LOCK_SCREEN_SAMPLE, evaluation?.richPushSupported ?? false) : null,
  };
}
