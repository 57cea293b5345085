import { CAUSE_CODES, CAUSES, isRichPathOutcome, type CauseCode } from "@/lib/domain/outcomes";
import { causeGroupOf, outcomeVerb, referenceForCause, type CauseGroup } from "./cause-explanations";
import { remedyForCause } from "./cause-remedies";
import { eventsWithin, isKnownCause, timedEvents, type TimedEvent } from "./event-summary";
import { groupContextFor } from "./group-context";
import { PRIORITY } from "./ranking";
import { DAY_MS, describePeriod, formatClock, RECENT_BURST_MS, toIso, WEEK_MS } from "./time";
import type { DiagnosisContext, Finding } from "./types";

/** A cause dominates when it is at least this share of the user's rich-path notifications in the last day… */
export const DOMINANT_SHARE = 0.5;
/** …and has happened at least this often (one failed notification is not a pattern). */
export const DOMINANT_MIN_EVENTS = 2;
/** This many in the last few hours is a burst, whatever came before. */
export const BURST_MIN_EVENTS = 3;

function countBy<T extends string>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The most frequent; among equals the one first in `order` (a cause group's own order, then CAUSE_CODES). */
function mostCommon<T extends string>(counts: Map<T, number>, order: readonly string[] = []): T | null {
  const rank = (value: string) => {
    const at = order.indexOf(value);
    return at >= 0 ? at : order.length + CAUSE_CODES.indexOf(value as CauseCode);
  };
  let best: T | null = null;
  for (const [value, count] of counts) {
    const bestCount = best === null ? -1 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && rank(value) < rank(best))) best = value;
  }
  return best;
}

type Bucket = { group: CauseGroup; entries: TimedEvent[] };

/**
 * Precedence steps 6 and 8: dominant in the last hours (≥ BURST_MIN_EVENTS in the last 6 h, or
 * ≥ DOMINANT_MIN_EVENTS and ≥ DOMINANT_SHARE of the last day's rich-path notifications and seen in
 * the last 6 h) leads as the user's own cause; any other cause of the last day follows (step 8);
 * older causes are history. A rich notification after the last occurrence is said, and lowers the
 * severity, but not the rank: the spec ranks by the counts alone.
 */
function rankOf(count24h: number, count6h: number, richPath24h: number, recovered: boolean): Pick<Finding, "severity" | "priority"> {
  const dominant = count6h >= BURST_MIN_EVENTS || (count24h >= DOMINANT_MIN_EVENTS && count24h / Math.max(richPath24h, 1) >= DOMINANT_SHARE && count6h > 0);
  if (dominant) return { severity: recovered ? "warning" : "critical", priority: PRIORITY.recentDominantCause };
  if (count24h > 0) return { severity: recovered ? "info" : "warning", priority: PRIORITY.recentCause };
  return { severity: "info", priority: PRIORITY.oldCause };
}

function bucketFinding(ctx: DiagnosisContext, nowMs: number, week: TimedEvent[], lastRich: number | null, bucket: Bucket): Finding {
  const { user, settings } = ctx.input;
  const { group, entries } = bucket;
  // reduce, not Math.min(...spread): a long event list must not overflow the call stack.
  const firstMs = entries.reduce((min, { at }) => Math.min(min, at), Number.POSITIVE_INFINITY);
  const lastMs = entries.reduce((max, { at }) => Math.max(max, at), Number.NEGATIVE_INFINITY);
  const richPathDay = week.filter(({ at, event }) => at >= nowMs - DAY_MS && isRichPathOutcome(event.outcome));
  const day = entries.filter(({ at }) => at >= nowMs - DAY_MS);
  const count6h = entries.filter(({ at }) => at >= nowMs - RECENT_BURST_MS).length;
  const recovered = lastRich !== null && lastRich > lastMs;

  const period = describePeriod(firstMs, lastMs, nowMs, ctx.timeZone);
  const ofNotifications = week.filter(({ at, event }) => isRichPathOutcome(event.outcome) && at >= firstMs && (period.ongoing || at <= lastMs)).length;
  const n = entries.length;
  const quantity = n !== ofNotifications ? `${n} of ${ofNotifications} notifications` : n === 1 ? "the one notification" : `all ${n} notifications`;

  const byCause = countBy(entries.map(({ event }) => event.cause as CauseCode));
  const causes = [...byCause.keys()].sort();
  // The finding is named for its most common cause, of the last day when it has any (the "recent" cause).
  const recentCounts = day.length > 0 ? countBy(day.map(({ event }) => event.cause as CauseCode)) : byCause;
  const mainCause = mostCommon(recentCounts, group.causes) ?? group.causes[0]!;
  const failedStep = mostCommon(countBy(entries.flatMap(({ event }) => (event.failedStep ? [event.failedStep] : []))));
  const groupContext = groupContextFor(ctx, causes);

  const headline = `${period.phrase}, ${quantity} for ${user.displayName} ${outcomeVerb(causes)} because ${group.reason} (${causes.join(", ")})`;
  const notes = causes.map((cause) => `${byCause.get(cause)}× “${CAUSES[cause].message}”: ${CAUSES[cause].cause}`);
  notes.push(...groupContext.notes);
  if (group.id === "no-ews-response" && !groupContext.manyUsers) {
    notes.push(`Only ${user.displayName} is reported with this, which points at poor Wi-Fi or data connectivity on the device.`);
  }
  if (recovered) notes.push(`A rich notification arrived at ${formatClock(lastRich, nowMs, ctx.timeZone)}, after the last of these, so it may have passed.`);

  const counts: Record<string, number> = { events: n, ofNotifications, last24h: day.length, last6h: count6h };
  for (const [cause, count] of byCause) counts[cause] = count;
  const { remedy, fieldGuidance } = remedyForCause(mainCause, settings, groupContext.manyUsers, failedStep);

  return {
    id: `events:${mainCause}`,
    family: "events",
    ...rankOf(day.length, count6h, richPathDay.length, recovered),
    headline,
    explanation: notes.join(" "),
    remedy,
    ...(fieldGuidance.length > 0 ? { fieldGuidance } : {}),
    evidence: {
      counts,
      firstSeen: toIso(firstMs),
      lastSeen: toIso(lastMs),
      deviceIds: [...new Set(entries.map(({ event }) => event.deviceId))],
      facts: { failedStep, lastRichAt: lastRich === null ? null : toIso(lastRich) },
    },
    cause: mainCause,
    reference: referenceForCause(mainCause, groupContext.manyUsers),
  };
}

/**
 * What the user's own rich-path notifications of the last 7 days say: one finding per cause group
 * (a restart before unlock shows as container_locked and credentials_unavailable alike). Sync
 * notifications carry no cause and make no finding here: the rule that rules rich push out is
 * their explanation. `covered` causes are explained by a group burst that hit this user.
 */
export function eventFindings(ctx: DiagnosisContext, covered: ReadonlySet<CauseCode>): Finding[] {
  const nowMs = ctx.nowMs;
  if (nowMs === null) return [];
  const week = eventsWithin(timedEvents(ctx.input.events ?? []), nowMs, WEEK_MS);

  let lastRich: number | null = null;
  const buckets = new Map<string, Bucket>();
  for (const entry of week) {
    const { event, at } = entry;
    if (event.outcome === "rich") {
      lastRich = lastRich === null ? at : Math.max(lastRich, at);
      continue;
    }
    if (event.outcome === "sync" || !isKnownCause(event.cause) || covered.has(event.cause)) continue;
    const group = causeGroupOf(event.cause);
    const bucket = buckets.get(group.id) ?? { group, entries: [] };
    bucket.entries.push(entry);
    buckets.set(group.id, bucket);
  }
  return [...buckets.values()].map((bucket) => bucketFinding(ctx, nowMs, week, lastRich, bucket));
}
