import { CAUSES, type CauseCode, type RichPathOutcome, type Step } from "@/lib/domain/outcomes";
import type { FleetDevice } from "./fleet";
import type { Random } from "./random";

/** What one device showed for one new mail on the rich path, before any incident burst is applied. */
export type NotificationResult =
  | { outcome: "rich"; cause: null; failedStep: null }
  | { outcome: Exclude<RichPathOutcome, "rich">; cause: CauseCode; failedStep: Step };

const RICH: NotificationResult = { outcome: "rich", cause: null, failedStep: null };

/** Per-notification odds of each fault on the rich path, for a device on a good and on a poor network. */
const FAULT_ODDS: readonly (readonly [CauseCode, number, number])[] = [
  ["ews_no_response", 0.008, 0.06],
  ["ews_timeout", 0.003, 0.025],
  ["channel_failed", 0.003, 0.015],
  ["unexpected_ews_response", 0.001, 0.001],
  ["ews_parse_error", 0.0003, 0.0003],
  ["gateway_unreachable", 0.0002, 0.001],
  ["gateway_socks5_failed", 0.0002, 0.0005],
];

/** After a restart, before unlock: mostly the generic, sometimes the "Please open Secure Mail" failure. */
const CREDENTIALS_UNAVAILABLE_SHARE = 0.25;
const GATEWAY_ONLY: ReadonlySet<CauseCode> = new Set(
  (Object.keys(CAUSES) as CauseCode[]).filter((cause) => CAUSES[cause].steps.every((step) => step === "gateway_connect")),
);
/** Through a tunnel, a channel failure is the gateway's about as often as EWS's. */
const GATEWAY_CHANNEL_SHARE = 0.5;

/** The rich path's outcome for one push; `viaGateway` says whether the path runs through Citrix Gateway. */
export function decideNotification(device: FleetDevice, viaGateway: boolean, locked: boolean, random: Random): NotificationResult {
  if (locked) return resultFor(random.chance(CREDENTIALS_UNAVAILABLE_SHARE) ? "credentials_unavailable" : "container_locked");
  if (device.traits.staleCredentials) return resultFor("credentials_stale");

  let point = random.next();
  for (const [cause, goodOdds, poorOdds] of FAULT_ODDS) {
    point -= device.traits.poorNetwork ? poorOdds : goodOdds;
    if (point >= 0) continue;
    // Without a tunnel there is no gateway to fail: the push goes through.
    if (!viaGateway && GATEWAY_ONLY.has(cause)) return RICH;
    if (cause !== "channel_failed") return resultFor(cause);
    return resultFor(cause, viaGateway && random.chance(GATEWAY_CHANNEL_SHARE) ? "gateway_connect" : "exchange_connect");
  }
  return RICH;
}

/**
 * The result for a cause failing at `failedStep`, which must be one of the cause's steps; by
 * default its first (the only one, for every cause but channel_failed).
 */
export function resultFor(cause: CauseCode, failedStep: Step = CAUSES[cause].steps[0]): NotificationResult {
  if (!CAUSES[cause].steps.includes(failedStep)) throw new Error(`${cause} cannot fail at ${failedStep}`);
  return { outcome: CAUSES[cause].outcome, cause, failedStep };
}
