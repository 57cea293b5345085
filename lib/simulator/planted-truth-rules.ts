import type { FindingId } from "@/lib/domain/diagnosis/finding-id";
import type { CauseCode } from "@/lib/domain/outcomes";
import type { CheckStatus, RuleId } from "@/lib/domain/prerequisites/types";
import type { Burst } from "./bursts";
import type { FleetDevice } from "./fleet";

/**
 * The lead finding a helpdesk agent should be told first for one simulated user, by the
 * precedence agreed in spec-lead-finding.md, from what the simulator knows about the user. Pure:
 * the facts are gathered by planted-truth.ts.
 */

export type PlantedTruth = { findingId: FindingId; reason: string };

export const RECENT_MS = 6 * 3_600_000;
/** "Dominant" as lib/domain/diagnosis/event-findings.ts defines it (spec-lead-finding.md, step 6). */
export const DOMINANT_RECENT_EVENTS = 3;
export const DOMINANT_MIN_EVENTS = 2;
export const DOMINANT_SHARE = 0.5;

/** One explanation of the user's own device state, with the causes it shows up as, most telling first. */
export type OwnCauseGroup = { id: string; causes: readonly CauseCode[] };
const SHARED_OWN_GROUPS: readonly OwnCauseGroup[] = [
  // A restart before unlock shows up as both; a slow EWS (often a poor network) as both.
  { id: "restart-before-unlock", causes: ["container_locked", "credentials_unavailable"] },
  { id: "no-ews-response", causes: ["ews_no_response", "ews_timeout"] },
];
export function ownCauseGroupOf(cause: CauseCode): OwnCauseGroup {
  return SHARED_OWN_GROUPS.find((group) => group.causes.includes(cause)) ?? { id: cause, causes: [cause] };
}

/** A run of the user's own notifications with one explanation. */
export type OwnCauseTally = {
  group: OwnCauseGroup;
  count6h: number;
  count24h: number;
  lastMs: number;
  /** Per cause over the whole week the diagnosis reads, and over its last day. */
  week: Map<CauseCode, number>;
  day: Map<CauseCode, number>;
};

/** A burst that hit enough users of the group to be group-wide, as last seen within the day. */
export type SeenBurst = { burst: Burst; lastSeenMs: number; users: number };

export type UserPicture = {
  groupName: string;
  /** The group's checks without device facts (the per-user rules stay unknown there). */
  groupChecks: ReadonlyMap<RuleId, CheckStatus>;
  devices: readonly FleetDevice[];
  /** All of the user's notifications in the last 24 h, any outcome. */
  total24h: number;
  causes24h: ReadonlySet<CauseCode>;
  groupBursts: readonly SeenBurst[];
  own: readonly OwnCauseTally[];
};

const DELIVERY_RULES: readonly RuleId[] = ["push-notifications", "network-access"];
const RICH_PUSH_RULES: readonly RuleId[] = ["background-network-services", "lock-screen-notifications", "authentication", "intune-integration"];

export function leadFinding(user: UserPicture, atMs: number): PlantedTruth {
  const failing = (rule: RuleId) => user.groupChecks.get(rule) === "fail";
  const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);

  // 1. A group rule that stops all delivery.
  for (const rule of DELIVERY_RULES) {
    if (failing(rule)) return { findingId: `rule:${rule}`, reason: `${rule} fails for ${user.groupName}: no device gets mail notifications` };
  }
  // 2. A device fact that blocks every notification on that device.
  const named = (devices: readonly FleetDevice[]) => devices.map((device) => device.model).join(", ");
  const denied = user.devices.filter((device) => !device.iosNotificationsAllowed);
  if (denied.length > 0) return { findingId: "device:ios_notifications_not_allowed", reason: `iOS notifications not allowed on ${named(denied)}` };
  const switchedOff = user.devices.filter((device) => !device.mailNotificationsEnabled);
  if (switchedOff.length > 0) return { findingId: "device:mail_notifications_off", reason: `Mail Notifications off on ${named(switchedOff)}` };

  // 3. An active group burst that hit one of this user's notifications.
  const hit = user.groupBursts.filter(({ burst }) => user.causes24h.has(burst.cause)).sort((a, b) => b.lastSeenMs - a.lastSeenMs);
  const burstTruth = ({ burst, lastSeenMs, users }: SeenBurst, state: string): PlantedTruth => ({
    findingId: `group-burst:${burst.cause}`,
    reason: `${burst.cause} incident in ${burst.group} (${state}, last seen ${clock(lastSeenMs)} UTC, ${users} users hit), which hit this user`,
  });
  const active = hit.find(({ lastSeenMs }) => lastSeenMs >= atMs - RECENT_MS);
  if (active) return burstTruth(active, "active");

  // 4. Rich push ruled out for this user: a group rule first, then derived credentials.
  const rule = RICH_PUSH_RULES.find(failing);
  const syncNote = syncRisks(user.devices);
  if (rule) return { findingId: `rule:${rule}`, reason: `${rule} fails for ${user.groupName}: no rich push, mail only after a sync${syncNote}` };
  const derived = user.devices.filter((device) => device.derivedCredentials);
  if (derived.length > 0) {
    return { findingId: "device:derived_credentials", reason: `enrolled with derived credentials: ${named(derived)}, no rich push there${syncRisks(derived)}` };
  }

  // 5. Nothing has reported.
  if (user.devices.length === 0) return { findingId: "device:none", reason: "no device enrolled" };

  // 6. The user's own dominant recent cause.
  const byRecency = [...user.own].sort((a, b) => b.lastMs - a.lastMs || a.group.id.localeCompare(b.group.id));
  const dominant = byRecency.find(
    (tally) =>
      tally.count6h >= DOMINANT_RECENT_EVENTS ||
      (tally.count24h >= DOMINANT_MIN_EVENTS && tally.count24h / Math.max(user.total24h, 1) >= DOMINANT_SHARE && tally.count6h > 0),
  );
  if (dominant) return ownTruth(user, dominant, "dominant");

  // 7. A group burst that ended within the day and hit this user.
  const ended = hit[0];
  if (ended) return burstTruth(ended, "over");

  // 8. Any other own cause of the day.
  const recent = byRecency.find((tally) => tally.count24h > 0);
  if (recent) return ownTruth(user, recent, "not dominant");

  return { findingId: "all-clear", reason: "no failing rule, blocking device fact, incident or own cause in the last 24 h" };
}

/**
 * The cause the finding is named after, as the diagnosis names it: the most common of the last
 * day when the run had any then, else of the week; among equals the more telling one.
 */
function mainCause(tally: OwnCauseTally): CauseCode {
  const counts = tally.count24h > 0 ? tally.day : tally.week;
  let best = tally.group.causes[0]!;
  for (const cause of tally.group.causes) if ((counts.get(cause) ?? 0) > (counts.get(best) ?? 0)) best = cause;
  return best;
}

function ownTruth(user: UserPicture, tally: OwnCauseTally, kind: string): PlantedTruth {
  const cause = mainCause(tally);
  const counts = `${tally.count6h} in 6 h, ${tally.count24h} of ${user.total24h} notifications in 24 h`;
  return { findingId: `events:${cause}`, reason: `own ${kind} cause ${cause} (${counts})${ownTrait(user.devices, cause)}` };
}

/** The hidden trait behind an own cause, when a device of the user has it. */
function ownTrait(devices: readonly FleetDevice[], cause: CauseCode): string {
  const traits = devices.map((device) => device.traits);
  if (cause === "credentials_stale" && traits.some((trait) => trait.staleCredentials)) return ": stale credentials";
  if (ownCauseGroupOf(cause).id === "restart-before-unlock" && traits.some((trait) => trait.restartsBeforeUnlock)) return ": restarted, not unlocked";
  if (traits.some((trait) => trait.poorNetwork)) return ": poor network";
  return "";
}

/** Why sync-time mail is late or missing on these devices, Low Power Mode first ("the most common case"). */
function syncRisks(devices: readonly FleetDevice[]): string {
  const risks = [
    devices.some((device) => device.lowPowerMode) ? "Low Power Mode" : "",
    devices.some((device) => !device.backgroundAppRefresh) ? "Background App Refresh off" : "",
  ].filter(Boolean);
  return risks.length > 0 ? ` (late or missing: ${risks.join(", ")})` : "";
}
