import { LOCK_SCREEN_AFTER_SYNC, LOCK_SCREEN_BLOCKED, UNREAD_COUNT_ONLY } from "@/lib/domain/prerequisites/consequences";
import { nameDevices } from "./device-names";
import { eventsWithin, timedEvents } from "./event-summary";
import { DAY_MS, formatClock, formatDuration, parseTime, toIso } from "./time";
import type { DeviceTelemetry, DiagnosisContext, FindingEvidence } from "./types";

/**
 * What a user without rich push gets instead, told inside the finding that rules rich push out
 * (a failing group rule, or derived credentials): the unread count for the sync period,
 * notifications after iOS wakes Secure Mail to sync, and why those come late or not at all,
 * Low Power Mode first. Every sentence rests on the reference's "Push notifications behavior
 * without rich push notifications support" and its FAQ.
 */

export const WITHOUT_RICH_PUSH_REFERENCE =
  "For configurations that are not supported by the rich push notifications feature for iOS, Secure Mail still provides the count of unread Inbox emails for the sync period. If the Control locked screen notifications policy is On, push notifications appear on a locked device screen after iOS wakes up Secure Mail to perform a sync.";

/** The FAQ's reasons, in its order: Low Power Mode ("the most common case"), Background App Refresh, the network. */
const REASONS = "in Low Power Mode, the most common case; with Background App Refresh off for Secure Mail, a setting users control; or on poor network connectivity.";
export const SYNC_LATE_OR_MISSING = `Notifications after a sync come late or not at all when iOS does not wake Secure Mail in the background: ${REASONS}`;
/** Under Block nothing reaches the locked screen: what comes late is the unread count. */
export const COUNT_LATE_OR_MISSING = `The unread count is updated late or not at all when iOS does not wake Secure Mail in the background: ${REASONS}`;

export type SyncStory = { sentences: string[]; counts: FindingEvidence["counts"]; facts: FindingEvidence["facts"] };

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Which of the FAQ's device reasons hold now, on the devices without rich push. */
function deviceReasons(devices: readonly DeviceTelemetry[]): string {
  if (devices.length === 0) return "";
  const lowPower = devices.filter((device) => device.lowPowerMode);
  const noRefresh = devices.filter((device) => !device.backgroundAppRefresh);
  const parts: string[] = [];
  if (lowPower.length > 0) parts.push(`${nameDevices(lowPower)} ${lowPower.length > 1 ? "are" : "is"} in Low Power Mode`);
  if (noRefresh.length > 0) parts.push(`Background App Refresh is off for Secure Mail on ${nameDevices(noRefresh)}`);
  if (parts.length === 0) return `Neither Low Power Mode nor Background App Refresh off is reported on ${nameDevices(devices)}.`;
  return `Now: ${parts.join("; ")}.`;
}

/** How the last day's sync notifications went: how many, how late typically, the last one. */
function syncStatistics(ctx: DiagnosisContext): { sentence: string; counts: SyncStory["counts"]; lastSyncAt: string | null } {
  const nowMs = ctx.nowMs;
  const day = eventsWithin(timedEvents(ctx.input.events ?? []), nowMs, DAY_MS).filter(({ event }) => event.outcome === "sync");
  const delays = day.flatMap(({ event }) => (typeof event.delayMs === "number" && Number.isFinite(event.delayMs) && event.delayMs >= 0 ? [event.delayMs] : []));
  const typical = median(delays);
  const lastSyncAt = ctx.summary.last7d.lastSyncAt;
  const lastMs = parseTime(lastSyncAt);
  const at = (ms: number) => (nowMs === null ? toIso(ms) : formatClock(ms, nowMs, ctx.timeZone));
  const counts: SyncStory["counts"] = { sync24h: day.length };
  if (typical !== null) counts.typicalSyncDelayMinutes = Math.round(typical / 60_000);

  if (day.length === 0) {
    const earlier = lastMs === null ? "" : `; the last one came at ${at(lastMs)}`;
    return { sentence: `No notification after a background sync was reported in the last 24 hours${earlier}.`, counts, lastSyncAt };
  }
  const late = typical === null ? "" : `, ${day.length === 1 ? "" : "typically "}${formatDuration(typical)} after the mail arrived`;
  const last = lastMs === null ? "" : day.length === 1 ? `, at ${at(lastMs)}` : `; the last at ${at(lastMs)}`;
  const quantity = day.length === 1 ? "1 notification" : `${day.length} notifications`;
  return { sentence: `In the last 24 hours ${quantity} arrived after a background sync${late}${last}.`, counts, lastSyncAt };
}

/** The story for `devices`, the user's devices without rich push (all of them when a group rule fails). */
export function withoutRichPushStory(ctx: DiagnosisContext, devices: readonly DeviceTelemetry[]): SyncStory {
  const blocked = ctx.input.settings?.lockScreenNotifications === "block";
  const stats = syncStatistics(ctx);
  const reasons = deviceReasons(devices);
  const lowPower = devices.filter((device) => device.lowPowerMode).length;
  const noRefresh = devices.filter((device) => !device.backgroundAppRefresh).length;
  return {
    sentences: [
      UNREAD_COUNT_ONLY,
      blocked ? LOCK_SCREEN_BLOCKED : LOCK_SCREEN_AFTER_SYNC,
      blocked ? COUNT_LATE_OR_MISSING : SYNC_LATE_OR_MISSING,
      reasons,
      stats.sentence,
    ].filter(Boolean),
    counts: { ...stats.counts, devicesInLowPowerMode: lowPower, devicesWithoutBackgroundAppRefresh: noRefresh },
    facts: { lastSyncAt: stats.lastSyncAt },
  };
}
