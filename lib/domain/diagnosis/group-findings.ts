import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { isGroupWideCause } from "./cause-scope";
import { referenceForCause } from "./cause-explanations";
import { remedyForCause } from "./cause-remedies";
import { isKnownCause } from "./event-summary";
import { PRIORITY } from "./ranking";
import { DAY_MS, describePeriod, parseTime, RECENT_BURST_MS, toIso } from "./time";
import type { DiagnosisContext, Finding, GroupCauseStat } from "./types";

/** Fewer users than this is one person's trouble, left to their own events. */
export const GROUP_WIDE_MIN_USERS = 3;
/** A cause this big a share of the group's rich-path notifications is a burst. */
export const GROUP_BURST_MIN_SHARE = 0.25;

type Burst = { stat: GroupCauseStat; firstMs: number; lastMs: number; base: number; share: number };

/** "every notification for users in Sales", "120 of 150 notifications for 38 users in Sales". */
function quantityOf(stat: GroupCauseStat, base: number, groupName: string): { text: string; singular: boolean } {
  const users = `users in ${groupName}`;
  if (stat.count === base) return { text: `every notification for ${users}`, singular: true };
  if (stat.count / base >= 0.9) return { text: `almost every notification for ${users}`, singular: true };
  return { text: `${stat.count} of ${base} notifications for ${stat.affectedUsers} ${users}`, singular: false };
}

function verbOf(cause: CauseCode, ongoing: boolean, singular: boolean): string {
  if (CAUSES[cause].outcome === "failure") return `${ongoing ? (singular ? "fails" : "fail") : "failed"} with ${cause}`;
  return `${ongoing ? (singular ? "ends" : "end") : "ended"} in “You have new mail” with ${cause}`;
}

/** How many of this user's notifications of the last 24 hours (the helpdesk's group window) had the cause. */
export function userCount24h(ctx: DiagnosisContext, cause: CauseCode): number {
  return ctx.summary.last24h.causes.find((count) => count.cause === cause)?.count ?? 0;
}

/**
 * The group's bursts: a group-wide cause (DESIGN.md §2.3) that hit at least GROUP_WIDE_MIN_USERS
 * users and at least GROUP_BURST_MIN_SHARE of the group's rich-path notifications. A share needs
 * a base that covers the count; when the data disagree no burst is claimed. One per cause: should
 * the statistics list a cause twice, the larger count stands.
 */
export function groupBursts(ctx: DiagnosisContext): Burst[] {
  const stats = ctx.input.groupCauseStats;
  const nowMs = ctx.nowMs;
  if (!stats || nowMs === null) return [];
  const byCause = new Map<CauseCode, Burst>();
  for (const stat of stats.causes ?? []) {
    if (!isKnownCause(stat?.cause) || !isGroupWideCause(stat.cause)) continue;
    if (!(stat.affectedUsers >= GROUP_WIDE_MIN_USERS) || !(stat.count > 0)) continue;
    const base = stat.totalSinceFirstSeen ?? stats.groupTotal;
    if (!Number.isFinite(base) || base < stat.count || stat.count / base < GROUP_BURST_MIN_SHARE) continue;
    const firstMs = parseTime(stat.firstSeen);
    const lastMs = parseTime(stat.lastSeen);
    if (firstMs === null || lastMs === null || firstMs > nowMs) continue;
    const seen = byCause.get(stat.cause);
    if (seen && seen.stat.count >= stat.count) continue;
    byCause.set(stat.cause, { stat, firstMs, lastMs: Math.min(Math.max(firstMs, lastMs), nowMs), base, share: stat.count / base });
  }
  return [...byCause.values()];
}

/**
 * Precedence: an active burst (last seen within RECENT_BURST_MS) leads only when it hit this user
 * (step 3); one that ended within the day and hit this user ranks below the user's own dominant
 * cause (step 7); a burst that did not hit this user never leads and is context only.
 */
function rankOf(hit: boolean, ageMs: number): Pick<Finding, "severity" | "priority"> {
  if (hit && ageMs <= RECENT_BURST_MS) return { severity: "critical", priority: PRIORITY.activeGroupBurst };
  if (hit && ageMs <= DAY_MS) return { severity: "warning", priority: PRIORITY.endedGroupBurst };
  return { severity: "info", priority: PRIORITY.groupContext };
}

function burstFinding(ctx: DiagnosisContext, burst: Burst, nowMs: number): Finding {
  const { user, settings } = ctx.input;
  const { stat, firstMs, lastMs, base, share } = burst;
  const period = describePeriod(firstMs, lastMs, nowMs, ctx.timeZone);
  const quantity = quantityOf(stat, base, user.groupName);
  const separator = /^\d/.test(quantity.text) ? ", " : " ";
  const headline = `${period.phrase}${separator}${quantity.text} ${verbOf(stat.cause, period.ongoing, quantity.singular)}`;

  const mine = userCount24h(ctx, stat.cause);
  const userEvents = (ctx.input.events ?? []).filter((event) => event?.cause === stat.cause);
  const info = CAUSES[stat.cause];
  const explanation = [
    info.cause,
    `${stat.count} notifications for ${stat.affectedUsers} users in ${user.groupName} ended this way.`,
    mine > 0
      ? `${mine} of them were ${user.displayName}'s, in the last 24 hours.`
      : `None of ${user.displayName}'s notifications in the last 24 hours did, so this does not explain them.`,
    `Users see the message “${info.message}”`,
    stat.cause === "exchange_tls_failed" ? `Accept all SSL certificates is ${settings.acceptAllSslCertificates ? "on" : "off"} for ${user.groupName}.` : "",
    "Many users of the group are hit at once, which points at the servers or the group's policy rather than at one device.",
  ];
  const { remedy, fieldGuidance } = remedyForCause(stat.cause, settings, true);

  return {
    id: `group-burst:${stat.cause}`,
    family: "group-burst",
    ...rankOf(mine > 0, nowMs - lastMs),
    headline,
    explanation: explanation.filter(Boolean).join(" "),
    remedy,
    ...(fieldGuidance.length > 0 ? { fieldGuidance } : {}),
    evidence: {
      counts: { group: stat.count, groupTotal: base, affectedUsers: stat.affectedUsers, user24h: mine },
      firstSeen: toIso(firstMs),
      lastSeen: toIso(lastMs),
      deviceIds: [...new Set(userEvents.map((event) => event.deviceId))],
      facts: {
        share: Math.round(share * 100) / 100,
        acceptAllSslCertificates: settings.acceptAllSslCertificates ?? false,
        ewsHost: settings.ewsHost,
        gateway: settings.gateway ?? null,
      },
    },
    cause: stat.cause,
    reference: referenceForCause(stat.cause, true),
  };
}

/** The group's bursts, as findings ranked by whether and when they hit this user. */
export function groupFindings(ctx: DiagnosisContext): Finding[] {
  const nowMs = ctx.nowMs;
  if (nowMs === null) return [];
  return groupBursts(ctx).map((burst) => burstFinding(ctx, burst, nowMs));
}

/** Causes a burst that hit this user already explains, so the user's own events do not repeat them. */
export function causesCoveredBy(findings: readonly Finding[]): Set<CauseCode> {
  const covered = new Set<CauseCode>();
  for (const finding of findings) {
    if (finding.family === "group-burst" && finding.cause && finding.priority > PRIORITY.groupContext) covered.add(finding.cause);
  }
  return covered;
}
