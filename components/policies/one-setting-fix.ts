import { formatHostPort } from "@/lib/domain/hosts";
import { RULES, type Check } from "@/lib/domain/prerequisites";
import { parseHostCached } from "@/lib/domain/prerequisites/host-index";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { SETTING_LABELS, type GroupSettings } from "@/lib/domain/settings";
import type { SettingKey } from "@/lib/policies/views";
import { formatSettingValue } from "./format-setting-value";

export type SettingFix<K extends SettingKey = SettingKey> = { field: K; value: GroupSettings[K] };

const NEEDS_FIX = new Set<Check["status"]>(["fail", "warn"]);

function fix<K extends SettingKey>(field: K, value: GroupSettings[K]): SettingFix {
  return { field, value } as SettingFix;
}

function withEntry(list: readonly string[], entry: string): string[] {
  return [...list, entry];
}

/**
 * The one setting value that settles a failing or warning check, or null when the remedy is more
 * than one setting, a decision outside this group's settings, or something only the user's device can change.
 * Rules without a one-setting fix, and why:
 * - authentication, intune-integration: moving to another sign-in method or management model needs
 *   work on Exchange, the app delivery and the devices; flipping the value here would only hide the problem.
 * - mail-notifications, derived-credentials: set on each device, not in the group's settings.
 * - background-network-services with an invalid EWS host: only the admin knows the right host name.
 */
export function oneSettingFix(check: Check, settings: GroupSettings): SettingFix | null {
  if (!NEEDS_FIX.has(check.status)) return null;
  switch (check.id) {
    case "push-notifications":
      return fix("pushNotifications", true);
    case "network-access": {
      // The remedy offers Tunnel to internal network (with the EWS host listed) or Unrestricted.
      // Tunnel is the one-setting fix only when the EWS host is already listed; otherwise Unrestricted
      // is the single value under which the reference's conditions hold.
      const tunnelled = RULES["background-network-services"].evaluate({ ...settings, networkAccess: "tunnel_to_internal_network" });
      return fix("networkAccess", tunnelled.status === "pass" ? "tunnel_to_internal_network" : "unrestricted");
    }
    case "background-network-services": {
      const ews = parseHostCached(settings.ewsHost);
      return ews ? fix("backgroundNetworkServices", withEntry(settings.backgroundNetworkServices, formatHostPort(ews))) : null;
    }
    case "push-registration-host":
      return settings.pushRegion
        ? fix("backgroundNetworkServices", withEntry(settings.backgroundNetworkServices, PUSH_REGISTRATION_HOSTS[settings.pushRegion]))
        : null;
    case "lock-screen-notifications":
      // Of the two values the reference allows, the one that shows less on a locked screen,
      // closest to the stricter policy (Count only or Block) the admin had chosen.
      return fix("lockScreenNotifications", "email_sender_or_event_title");
    default:
      return null;
  }
}

/** What the fix sets, for its button: "Push notifications On", "Add mail.corp.example:443 to Background network services". */
export function describeFix({ field, value }: SettingFix, settings: GroupSettings): string {
  const label = SETTING_LABELS[field];
  if (Array.isArray(value)) {
    const current = settings[field];
    const added = value.filter((entry) => !(Array.isArray(current) && current.includes(entry)));
    return `Add ${added.join(", ")} to ${label}`;
  }
  return `${label} ${formatSettingValue(field, value)}`;
}
