import fc from "fast-check";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import {
  AUTHENTICATION,
  LOCK_SCREEN,
  NETWORK_ACCESS,
  PUSH_REGIONS,
  type Authentication,
  type EvaluationInput,
  type LockScreenPolicy,
  type NetworkAccess,
} from "@/lib/domain/settings";

// A small pool of hosts and ports, so that EWS, ActiveSync and the list entries often coincide
// (both the pass and the fail branches of the host rules get exercised).
const HOSTS = ["mail.corp.example", "ews.corp.example", "as.corp.example", "10.20.30.40"] as const;
const PORTS = [443, 8443] as const;

const hostSpelling = fc
  .record({ host: fc.constantFrom(...HOSTS), port: fc.constantFrom(...PORTS), upper: fc.boolean(), dot: fc.boolean() })
  .map(({ host, port, upper, dot }) => `${upper ? host.toUpperCase() : host}${dot ? "." : ""}:${port}`);

/** `host` or `host:port`, as the Exchange host settings accept. */
export const exchangeHostArbitrary = fc.oneof(fc.constantFrom(...HOSTS), hostSpelling);

const backgroundServiceEntry = fc.oneof(
  hostSpelling,
  fc.constantFrom(...PUSH_REGIONS).map((region) => PUSH_REGISTRATION_HOSTS[region]),
  fc.constant("intranet.corp.example:443"),
);

/** Mostly `usual`, sometimes anything: keeps fully passing inputs common enough to reach every branch. */
function mostly<T>(usual: T, any: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(usual), weight: 3 }, { arbitrary: any, weight: 1 });
}

const groupSettings = fc.record({
  pushNotifications: mostly(true, fc.boolean()),
  networkAccess: mostly<NetworkAccess>("tunnel_to_internal_network", fc.constantFrom(...NETWORK_ACCESS)),
  backgroundNetworkServices: fc.array(backgroundServiceEntry, { maxLength: 6 }),
  gateway: fc.option(fc.constant("gateway.corp.example:443"), { nil: null }),
  ewsHost: exchangeHostArbitrary,
  activeSyncHost: exchangeHostArbitrary,
  lockScreenNotifications: mostly<LockScreenPolicy>("allow", fc.constantFrom(...LOCK_SCREEN)),
  authentication: mostly<Authentication>("password", fc.constantFrom(...AUTHENTICATION)),
  intuneManaged: mostly(false, fc.boolean()),
  acceptAllSslCertificates: fc.boolean(),
  pushRegion: fc.option(fc.constantFrom(...PUSH_REGIONS), { nil: null }),
  mailNotificationsEnabled: fc.option(mostly(true, fc.boolean()), { nil: undefined }),
  derivedCredentials: fc.option(mostly(false, fc.boolean()), { nil: undefined }),
});

/** Any valid engine input: group settings with or without one device's facts. */
export const evaluationInputArbitrary: fc.Arbitrary<EvaluationInput> = fc
  .tuple(groupSettings, fc.boolean())
  // Half the time the EWS host is listed too (spelled as the admin wrote it), so the tunnel rules pass as often as they fail.
  .map(([input, listEws]) => {
    if (!listEws) return input;
    const ews = input.ewsHost.includes(":") ? input.ewsHost : `${input.ewsHost}:443`;
    return { ...input, backgroundNetworkServices: [...input.backgroundNetworkServices, ews] };
  });
