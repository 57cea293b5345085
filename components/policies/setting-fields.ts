import { fieldGuidance } from "@/lib/domain/field-guidance";
import type { Check } from "@/lib/domain/prerequisites";
import { PUSH_REGISTRATION_GATEWAY_CONDITION, listPushRegistrationHosts } from "@/lib/domain/push-registration-hosts";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { SettingKey } from "@/lib/policies/views";

/** The DOM id of a setting's control in the editor: the target of the checker's links. */
export function settingFieldId(field: SettingKey): string {
  return `setting-${field}`;
}

export function isGroupSetting(field: Check["field"]): field is SettingKey {
  return field !== undefined && field in SETTING_LABELS;
}

/** Moves focus to a setting's control (the first input of a list) and brings it into view. */
export function focusSetting(field: SettingKey) {
  const target = document.getElementById(settingFieldId(field));
  if (!target) return;
  const control = target.matches("input, select, button") ? target : target.querySelector<HTMLElement>("input, select, button");
  (control ?? target).focus();
  (control ?? target).scrollIntoView({ block: "center", behavior: "smooth" });
}

/** One line under each setting: what it does, in the console's words. */
export const SETTING_HINTS: Record<SettingKey, string> = {
  pushNotifications: "Must be on for any push notification to reach Secure Mail.",
  networkAccess: "With Tunnel to internal network, only hosts listed in Background network services go through the gateway.",
  backgroundNetworkServices: "host:port entries the app reaches through the gateway, e.g. mail.corp.example:443.",
  gateway: "The Citrix Gateway the app tunnels through, as host:port. Optional for the checker.",
  ewsHost: "Exchange Web Services host, as host or host:port (port 443 when omitted).",
  activeSyncHost: "ActiveSync host, as host or host:port. When it is the EWS host, one entry covers both.",
  lockScreenNotifications: "What the locked screen shows for new mail.",
  authentication: "How Secure Mail signs in to Exchange.",
  intuneManaged: "Apps managed through the Endpoint Management integration with Microsoft Intune/EMS.",
  acceptAllSslCertificates: "Lets the app reach an Exchange server whose certificate is not valid.",
  // Field guidance: the region table's source is the vendor's push notifications page, not the reference.
  pushRegion: fieldGuidance(
    `Selects the push registration host: ${listPushRegistrationHosts()}. ` +
      `When ${PUSH_REGISTRATION_GATEWAY_CONDITION}, the gateway must allow traffic to it.`,
  ),
};
