import { RICH_PUSH_SETTINGS } from "../../lib/domain/testing/rich-push-settings";

/** The browser tests' group: the one settings fixture with unrestricted network access and their own hosts. */
export const UNRESTRICTED_SETTINGS = {
  ...RICH_PUSH_SETTINGS,
  networkAccess: "unrestricted",
  backgroundNetworkServices: [],
  gateway: "gateway.e2e.example:443",
  ewsHost: "mail.e2e.example",
  activeSyncHost: "mail.e2e.example",
  pushRegion: null,
} as const;
