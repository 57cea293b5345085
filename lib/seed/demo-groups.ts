import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from "@/lib/domain/settings";

/** The demo delivery groups as plain data (no database code), shared by the seed, the demo fleet and the benchmarks. */

const MAIL = "mail.corp.example";
const GATEWAY = "gateway.corp.example:443";

const base: GroupSettings = {
  ...DEFAULT_GROUP_SETTINGS,
  pushNotifications: true,
  gateway: GATEWAY,
  ewsHost: MAIL,
  activeSyncHost: MAIL,
};

export type DemoGroup = { name: string; description: string; settings: GroupSettings };

/** Five groups that between them show a working setup and the common ways rich push breaks. */
export const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    name: "Sales",
    description: "Field sales, EMEA. Tunnelled, with the mail server and push registration in Background network services.",
    settings: {
      ...base,
      networkAccess: "tunnel_to_internal_network",
      backgroundNetworkServices: [`${MAIL}:443`, PUSH_REGISTRATION_HOSTS.emea],
      lockScreenNotifications: "allow",
      pushRegion: "emea",
    },
  },
  {
    name: "Engineering",
    description: "Unrestricted network access; the lock screen shows only the sender.",
    settings: { ...base, networkAccess: "unrestricted", lockScreenNotifications: "email_sender_or_event_title", pushRegion: "americas" },
  },
  {
    name: "Finance",
    description: "Tunnelled, but the EWS host is missing from Background network services.",
    settings: {
      ...base,
      networkAccess: "tunnel_to_internal_network",
      backgroundNetworkServices: ["intranet.corp.example:443", PUSH_REGISTRATION_HOSTS.emea],
      pushRegion: "emea",
      authentication: "client_certificate",
    },
  },
  {
    name: "Support",
    description: "Lock screen shows only a count of new mail.",
    settings: { ...base, networkAccess: "unrestricted", lockScreenNotifications: "count_only", pushRegion: "apac" },
  },
  {
    name: "Executives",
    description: "Signs in with Modern authentication (Office 365).",
    settings: {
      ...base,
      networkAccess: "tunnel_to_internal_network",
      backgroundNetworkServices: [`${MAIL}:443`, PUSH_REGISTRATION_HOSTS.americas],
      authentication: "modern_auth_o365",
      pushRegion: "americas",
    },
  },
];

/** The demo groups' settings by name, as the simulator takes them. */
export function demoGroupSettings(): Record<string, GroupSettings> {
  return Object.fromEntries(DEMO_GROUPS.map((group) => [group.name, group.settings]));
}
