import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { causeGroupOf, outcomeVerb, referenceForCause, remedyForCause, type CauseGroup } from "./cause-explanations";
import { eventsWithin, isKnownCause, timedEvents, type TimedEvent } from "./event-summary";
import { sharedByGroup } from "./group-findings";
import { PRIORITY } from "./ranking";
import { DAY_MS, describePeriod, formatClock, RECENT_BURST_MS, toIso, WEEK_MS } from "./time";
import type { DiagnosisContext, Finding, Severity } from "./types";

/** A cause dominates when it is at least this share of the user's notifications in the last day… */
export const DOMINANT_SHARE = 0.5;
/** …and has happened at least this often (one failed notification is not a pattern). */
export const DOMINANT_MIN_EVENTS = 2;
/** This many in the last few hours is a burst, whatever came before. */
export const BURST_MIN_EVENTS = 3;

type Tier = { severity: Severity; priority: number };
const TIERS: readonly Tier[] = [
  { severity: "critical", priority: PRIORITY.recentDominantCause },
  { severity: "warning", priority: PRIORITY.recentCause },
  { severity: "info", priority: PRIORITY.oldCause },
];

function countBy<T extends string>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function mostCommon<T extends string>(counts: Map<T, number>): T | null {
  let best: T | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

type CauseGroupEvents = { group: CauseGroup; entries: TimedEvent[] };

function causeGroupFinding(ctx: DiagnosisContext, nowMs: number, week: TimedEvent[], lastRich: number | null, bucket: CauseGroupEvents): Finding {
  const { user, settings } = ctx.input;
  const { group, entries } = bucket;
  // reduce, not Math.min(...spread): a long event list must not overflow the call stack.
  const firstMs = entries.reduce((min, { at }) => Math.min(min, at), Number.POSITIVE_INFINITY);
  const lastMs = entries.reduce((max, { at }) => Math.max(max, at), Number.NEGATIVE_INFINITY);
  const day = week.filter(({ at }) => at >= nowMs - DAY_MS);
  const count24h = entries.filter(({ at }) => at >= nowMs - DAY_MS).length;
  const count6h = entries.filter(({ at }) => at >= nowMs - RECENT_BURST_MS).length;

  // Tier 0: a burst in the last hours, or most of the last day and still seen in the last hours.
  // Tier 1: seen today. Tier 2: older.
  const burst = count6h >= BURST_MIN_EVENTS;
  const dominant = count24h >= DOMINANT_MIN_EVENTS && count24h / Math.max(day.length, 1) >= DOMINANT_SHARE;
  let tier = burst || (dominant && count6h > 0) ? 0 : count24h > 0 ? 1 : 2;
  // A rich notification after the last occurrence means it may have passed: one tier down.
  const recovered = lastRich !== null && lastRich > lastMs;
  if (recovered) tier = Math.min(tier + 1, TIERS.length - 1);
  const { severity, priority } = TIERS[tier] ?? { severity: "info", priority: PRIORITY.oldCause };

  const period = describePeriod(firstMs, lastMs, nowMs, ctx.timeZone);
  const ofNotifications = week.filter(({ at }) => at >= firstMs && (period.ongoing || at <= lastMs)).length;
  const n = entries.length;
  const quantity =
    n !== ofNotifications ? `${n} of ${ofNotifications} notifications` : n === 1 ? "the one notification" : `all ${n} notifications`;

  const byCause = countBy(entries.map(({ event }) => event.cause as CauseCode));
  const causes = [...byCause.keys()].sort();
  const mainCause = mostCommon(byCause) ?? group.causes[0] ?? "ews_no_response";
  const manyUsers = sharedByGroup(ctx, group.causes);

  const headline = `${period.phrase}, ${quantity} for ${user.displayName} ${outcomeVerb(causes)} because ${group.reason} (${causes.join(", ")})`;

  const notes = causes.map((cause) => `${byCause.get(cause)}× “${CAUSES[cause].message}”: ${CAUSES[cause].cause}`);
  if (group.id === "no-ews-response") {
    notes.push(
      manyUsers
        ? `Other users in ${user.groupName} see this too, which points at the server.`
        : `Only ${user.displayName} is reported with this, which points at poor Wi-Fi or data connectivity on the device.`,
    );
  }
  if (recovered && lastRich !== null) {
    notes.push(`A rich notification arrived at ${formatClock(lastRich, nowMs, ctx.timeZone)}, after the last of these, so it may have passed.`);
  }

  const counts: Record<string, number> = { events: n, ofNotifications, last24h: count24h, last6h: count6h };
  for (const [cause, count] of byCause) counts[cause] = count;

  return {
    id: `events:${group.id}`,
    family: "events",
    severity,
    priority,
    headline,
    explanation: notes.join(" "),
    remedy: remedyForCause(mainCause, settings, manyUsers),
    evidence: {
      counts,
      firstSeen: toIso(firstMs),
      lastSeen: toIso(lastMs),
      deviceIds: [...new Set(entries.map(({ event }) => event.deviceId))],
      facts: {
        failedStep: mostCommon(countBy(entries.flatMap(({ event }) => (event.failedStep ? [event.failedStep] : [])))),
        lastRichAt: lastRich === null ? null : toIso(lastRich),
      },
    },
    cause: mainCause,
    reference: referenceForCause(mainCause, manyUsers),
  };
}

/**
 * What the user's own notifications of the last 7 days say: one finding per cause group.
 * `covered` cause groups are already explained by a group-wide finding and are skipped.
 */
export function eventFindings(ctx: DiagnosisContext, covered: ReadonlySet<string>): Finding[] {
  const nowMs = ctx.nowMs;
  if (nowMs === null) return [];
  const week = eventsWithin(timedEvents(ctx.input.events ?? []), nowMs, WEEK_MS);

  let lastRich: number | null = null;
  const buckets = new Map<string, CauseGroupEvents>();
  for (const entry of week) {
    const { event, at } = entry;
    if (event.outcome === "rich") {
      lastRich = lastRich === null ? at : Math.max(lastRich, at);
      continue;
    }
    if (!isKnownCause(event.cause)) continue;
    const group = causeGroupOf(event.cause);
    if (covered.has(group.id)) continue;
    const bucket = buckets.get(group.id) ?? { group, entries: [] };
    bucket.entries.push(entry);
    buckets.set(group.id, bucket);
  }

  return [...buckets.values()].map((bucket) => causeGroupFinding(ctx, nowMs, week, lastRich, bucket));
}
