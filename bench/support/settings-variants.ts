import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { AUTHENTICATION, LOCK_SCREEN, NETWORK_ACCESS, PUSH_REGIONS, type EvaluationInput } from "@/lib/domain/settings";
import { chance, pick, seededRandom } from "@/bench/support/random";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";

const EXCHANGE_HOSTS = ["mail.corp.example", "MAIL.corp.example.", "ews.corp.example:8443", "10.20.30.40", "outlook.branch.example"];
const FILLER = ["intranet.corp.example:443", "wiki.corp.example:443", "jira.corp.example:8443", "10.0.0.12:3128", "files.corp.example:445"];

/** A typical tunnelled group: its EWS host and push registration host listed among a dozen other services. */
export const TYPICAL_GROUP: EvaluationInput = {
  ...RICH_PUSH_SETTINGS,
  backgroundNetworkServices: [...FILLER, "mail.corp.example:443", PUSH_REGISTRATION_HOSTS.emea, ...FILLER.map((h) => `b.${h}`)],
};

/** Settings varied over every field the rules read, with and without device facts. */
export function settingsVariants(count: number, seed = 7): EvaluationInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const ewsHost = pick(random, EXCHANGE_HOSTS);
    const pushRegion = chance(random, 0.7) ? pick(random, PUSH_REGIONS) : null;
    const listed = [...FILLER.slice(0, Math.floor(random() * FILLER.length))];
    if (chance(random, 0.6)) listed.push(ewsHost.includes(":") ? ewsHost : `${ewsHost}:443`);
    if (pushRegion && chance(random, 0.6)) listed.push(PUSH_REGISTRATION_HOSTS[pushRegion]);
    return {
      pushNotifications: chance(random, 0.85),
      networkAccess: pick(random, NETWORK_ACCESS),
      backgroundNetworkServices: listed,
      gateway: null,
      ewsHost,
      activeSyncHost: chance(random, 0.5) ? ewsHost : pick(random, EXCHANGE_HOSTS),
      lockScreenNotifications: pick(random, LOCK_SCREEN),
      authentication: pick(random, AUTHENTICATION),
      intuneManaged: chance(random, 0.1),
      acceptAllSslCertificates: false,
      pushRegion,
      mailNotificationsEnabled: chance(random, 0.5) ? chance(random, 0.8) : undefined,
      derivedCredentials: chance(random, 0.5) ? chance(random, 0.1) : undefined,
    };
  });
}
