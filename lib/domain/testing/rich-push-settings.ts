import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import type { GroupSettings } from "@/lib/domain/settings";

/** Group settings under which rich push works: tests (unit, integration, e2e) change one thing from here. */
export const RICH_PUSH_SETTINGS: GroupSettings = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.corp.example:443", PUSH_REGISTRATION_HOSTS.emea],
  gateway: "gw.corp.example:443",
  ewsHost: "mail.corp.example",
  activeSyncHost: "mail.corp.example",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
  acceptAllSslCertificates: false,
  pushRegion: "emea",
};
