import type { GenericCause } from "@/lib/domain/outcomes";
import type { Check, Evaluation, RuleId } from "@/lib/domain/prerequisites/types";
import type { FleetDevice } from "./fleet";

/** A group's prerequisite verdict, as the checker returns it (only what the simulator needs). */
export type GroupVerdict = Pick<Evaluation, "richPushSupported"> & { checks?: readonly Pick<Check, "id" | "status">[] };

/**
 * How a device's notifications can be delivered.
 * - `rich`: the rich push path runs; outcomes follow the device's health.
 * - `sync`: no rich push (unsupported setup or derived credentials); the device shows a generic
 *   notification only when iOS wakes the app, and otherwise nothing.
 * - `none`: nothing is shown at all, so the device reports no notification events.
 */
export type Delivery = { kind: "rich" } | { kind: "sync"; cause: GenericCause } | { kind: "none" };

/**
 * The reference says these setups get no rich push but not which generic the device shows, so
 * the simulator uses the cause nearest to where the rich fetch cannot proceed: no route to EWS is
 * a channel failure, unusable credentials are stale credentials, and the rest cannot use what the
 * secure container holds.
 */
const SYNC_CAUSE_BY_RULE: Partial<Record<RuleId, GenericCause>> = {
  "network-access": "channel_failed",
  "background-network-services": "channel_failed",
  authentication: "credentials_stale",
};
const DEFAULT_SYNC_CAUSE: GenericCause = "container_locked";

export function deliveryFor(device: FleetDevice, verdict: GroupVerdict | undefined): Delivery {
  // With Mail Notifications or the iOS permission off, the app shows nothing for new mail.
  if (!device.mailNotificationsEnabled || !device.iosNotificationsAllowed) return { kind: "none" };
  const failing = new Set((verdict?.checks ?? []).filter((check) => check.status === "fail").map((check) => check.id));
  if (failing.has("push-notifications")) return { kind: "none" };
  if (device.derivedCredentials) return { kind: "sync", cause: DEFAULT_SYNC_CAUSE };
  if (!verdict || verdict.richPushSupported) return { kind: "rich" };
  for (const [rule, cause] of Object.entries(SYNC_CAUSE_BY_RULE)) {
    if (failing.has(rule as RuleId)) return { kind: "sync", cause };
  }
  return { kind: "sync", cause: DEFAULT_SYNC_CAUSE };
}
