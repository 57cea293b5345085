import { evaluateForDevice } from "@/lib/domain/prerequisites/device-verdict";
import type { GroupSettings } from "@/lib/domain/settings";
import type { FleetDevice } from "./fleet";

/**
 * How a device's notifications can be delivered (DESIGN.md §2.3).
 * - `rich`: the rich push path runs; outcomes follow the device's health. `viaGateway`: the app
 *   tunnels through Citrix Gateway, so a channel failure can be the gateway's as well as EWS's.
 * - `sync`: no rich push for this device (a rule fails for it); a notification is posted only when
 *   a sync after the mail shows it, with no cause: the failing rule is its explanation.
 * - `none`: nothing is shown at all, so the device reports no notification events.
 */
export type Delivery = { kind: "rich"; viaGateway: boolean } | { kind: "sync" } | { kind: "none" };

/** What a group that is not listed is taken to have: a tunnelled setup where rich push works. */
export const SUPPORTED_GROUP_SETTINGS: GroupSettings = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.corp.example:443"],
  gateway: "gateway.corp.example:443",
  ewsHost: "mail.corp.example",
  activeSyncHost: "mail.corp.example",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
  acceptAllSslCertificates: false,
  pushRegion: null,
};

export function deliveryFor(device: FleetDevice, settings: GroupSettings = SUPPORTED_GROUP_SETTINGS): Delivery {
  // With Mail Notifications or the iOS permission off, the app shows nothing for new mail.
  if (!device.mailNotificationsEnabled || !device.iosNotificationsAllowed) return { kind: "none" };
  // Without push the app is never told about new mail.
  if (!settings.pushNotifications) return { kind: "none" };
  // Blocked network access: the app can neither fetch on push nor sync the Inbox in the background,
  // so no notification can be posted ("Secure Mail cannot fetch anything"); none rather than sync.
  if (settings.networkAccess === "blocked") return { kind: "none" };
  if (!evaluateForDevice(settings, device).richPushSupported) return { kind: "sync" };
  // With tunnel the app reaches the mail server through the gateway (the gateway field names the host).
  return { kind: "rich", viaGateway: settings.networkAccess === "tunnel_to_internal_network" };
}
