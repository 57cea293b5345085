import { CAUSES, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import type { Delivery } from "./delivery-context";
import type { FleetDevice } from "./fleet";
import type { Random } from "./random";

/** What one device showed for one new mail, before any incident burst is applied. */
export type NotificationResult = { outcome: Outcome; cause: CauseCode | null };

const RICH: NotificationResult = { outcome: "rich", cause: null };

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

/**
 * Without rich push, iOS must wake the app to sync, which it often does not do in Low Power Mode,
 * with Background App Refresh off or on a poor network (the reference's FAQ): those mails show nothing.
 */
const SYNC_MISSED_ODDS = { lowPowerMode: 0.7, backgroundAppRefreshOff: 0.8, poorNetwork: 0.3 };

/** Returns null when the device showed nothing, so there is no event to report. */
export function decideNotification(
  device: FleetDevice,
  delivery: Exclude<Delivery, { kind: "none" }>,
  locked: boolean,
  random: Random,
): NotificationResult | null {
  if (delivery.kind === "sync") {
    const missed =
      (device.lowPowerMode && random.chance(SYNC_MISSED_ODDS.lowPowerMode)) ||
      (!device.backgroundAppRefresh && random.chance(SYNC_MISSED_ODDS.backgroundAppRefreshOff)) ||
      (device.traits.poorNetwork && random.chance(SYNC_MISSED_ODDS.poorNetwork));
    if (missed) return null;
    return resultFor(locked ? "container_locked" : delivery.cause);
  }
  if (locked) return resultFor(random.chance(CREDENTIALS_UNAVAILABLE_SHARE) ? "credentials_unavailable" : "container_locked");
  if (device.traits.staleCredentials) return resultFor("credentials_stale");

  let point = random.next();
  for (const [cause, goodOdds, poorOdds] of FAULT_ODDS) {
    point -= device.traits.poorNetwork ? poorOdds : goodOdds;
    if (point < 0) return resultFor(cause);
  }
  return RICH;
}

export function resultFor(cause: CauseCode): NotificationResult {
  return { outcome: CAUSES[cause].outcome, cause };
}
